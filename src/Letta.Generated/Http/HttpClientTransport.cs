using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Letta.Generated
{
    /// <summary>
    /// Sends through an <see cref="HttpClient"/> the user gave (<c>new LettaClient(httpClient, options)</c>), below
    /// this library's retry handler, so that client gets the same retries, timeouts and bounds as one built from
    /// options. Never disposes that client. Each attempt sends a copy of the request: an HttpClient refuses to
    /// send one request message twice.
    /// </summary>
    internal sealed class HttpClientTransport : HttpMessageHandler
    {
        private readonly HttpClient _client;

        public HttpClientTransport(HttpClient client)
        {
            _client = client;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            try
            {
                return await _client.SendAsync(Copy(request), HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException timeout) when (!cancellationToken.IsCancellationRequested)
            {
                // Not this attempt's token: the given HttpClient's own Timeout. Retried like NetworkTimeout.
                throw new LettaTimeoutException(
                    "The given HttpClient's own Timeout (" + _client.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)
                    + " s) elapsed before Letta answered; give it a Timeout longer than NetworkTimeout, or an infinite one.",
                    _client.Timeout, timeout);
            }
        }

        private static HttpRequestMessage Copy(HttpRequestMessage request)
        {
            // The content is shared, not copied: the generated client's bodies are buffered (string or byte
            // contents), which serialize again on every attempt.
            var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Version = request.Version, Content = request.Content };
            foreach (KeyValuePair<string, IEnumerable<string>> header in request.Headers)
            {
                copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

#if NET5_0_OR_GREATER
            foreach (var option in request.Options) ((IDictionary<string, object?>)copy.Options)[option.Key] = option.Value;
#else
            foreach (var property in request.Properties) copy.Properties[property.Key] = property.Value;
#endif
            return copy;
        }
    }
}
