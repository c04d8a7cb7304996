using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Letta.Generated
{
    /// <summary>
    /// Follows redirects itself (the transports this library builds do not), so that what the user configured
    /// never leaks: on a redirect to another origin the <c>Authorization</c> header and every configured header
    /// (<see cref="LettaClientOptions.DefaultHeaders"/>, <c>X-Project-Id</c>) are dropped. A redirect to anything
    /// but http(s), from https to http, or more than <see cref="MaxRedirects"/> in a row is a
    /// <see cref="LettaResponseException"/>. A transport of the user's (<c>new LettaClient(httpClient, options)</c>)
    /// that follows redirects itself keeps its own policy.
    /// </summary>
    internal sealed class RedirectHandler : DelegatingHandler
    {
        public const int MaxRedirects = 5;

        private readonly string[] _configuredHeaders;
        private readonly SecretRedactor _redactor;

        public RedirectHandler(LettaClientOptions options, SecretRedactor redactor)
        {
            _configuredHeaders = options.DefaultHeaders.Keys.Concat(new[] { "Authorization", "X-Project-Id" }).ToArray();
            _redactor = redactor;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var current = request;
            for (var hops = 0; IsRedirect(response.StatusCode); hops++)
            {
                var location = response.Headers.Location;
                if (location is null) return response; // nothing to follow: reported as the status it is
                var target = new Uri(current.RequestUri!, location); // an absolute Location stays as it is
                var refusal = Refusal(current.RequestUri!, target, hops);
                if (refusal is not null)
                {
                    var error = ErrorResponse.Of(response, _redactor, body: null);
                    response.Dispose();
                    throw new LettaResponseException(
                        "Letta answered " + ErrorMessages.Status(error.StatusCode) + " with a redirect to " + ErrorMessages.Excerpt(BaseUrlRules.Display(target)) + ", which this client does not follow: " + refusal + ".",
                        error);
                }

                var next = Copy(current, target, sameOrigin: SameOrigin(current.RequestUri!, target));
                response.Dispose();
                // The copies are not disposed: they share the caller's content, which a retry sends again.
                current = next;
                response = await base.SendAsync(current, cancellationToken).ConfigureAwait(false);
            }

            return response;
        }

        private static bool IsRedirect(HttpStatusCode status) =>
            status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
                or HttpStatusCode.TemporaryRedirect or (HttpStatusCode)308;

        private static string? Refusal(Uri from, Uri to, int hops)
        {
            if (to.Scheme != Uri.UriSchemeHttp && to.Scheme != Uri.UriSchemeHttps) return "only http and https are followed";
            if (from.Scheme == Uri.UriSchemeHttps && to.Scheme == Uri.UriSchemeHttp) return "it would downgrade https to http";
            if (hops >= MaxRedirects) return "more than " + MaxRedirects + " redirects in a row";
            return null;
        }

        private static bool SameOrigin(Uri a, Uri b) =>
            a.Scheme == b.Scheme && string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase) && a.Port == b.Port;

        private HttpRequestMessage Copy(HttpRequestMessage request, Uri target, bool sameOrigin)
        {
            var copy = new HttpRequestMessage(request.Method, target) { Version = request.Version, Content = request.Content };
            foreach (KeyValuePair<string, IEnumerable<string>> header in request.Headers)
            {
                if (!sameOrigin && _configuredHeaders.Contains(header.Key, StringComparer.OrdinalIgnoreCase)) continue;
                copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            return copy;
        }
    }
}
