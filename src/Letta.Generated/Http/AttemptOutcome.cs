using System;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using Polly.Timeout;

namespace Letta.Generated
{
    /// <summary>
    /// How a failed attempt or request is named in logs and as the <c>error.type</c> tag, after OpenTelemetry's
    /// conventions: the status code (<c>503</c>), <c>timeout</c>, or the exception's full type name. Never its message.
    /// </summary>
    internal static class AttemptOutcome
    {
        public const string Timeout = "timeout";

        public static string Of(HttpResponseMessage response) => ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);

        public static string Of(Exception exception, CancellationToken callerToken) => exception switch
        {
            TimeoutRejectedException or LettaTimeoutException => Timeout,
            // Not the caller's token: a timeout below the retry handler (an HttpClient's own Timeout).
            OperationCanceledException when !callerToken.IsCancellationRequested => Timeout,
            _ => exception.GetType().FullName ?? exception.GetType().Name,
        };

        /// <summary>The request's URL as safe to report: scheme, host, port and path; no user info, no query.</summary>
        public static string Url(HttpRequestMessage request) =>
            request.RequestUri is { IsAbsoluteUri: true } uri
                ? uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped)
                : "(no URL)";
    }
}
