using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Threading;
using Polly.Timeout;

namespace Letta.Generated
{
    /// <summary>
    /// Which outcomes of an attempt are retried, as the official SDKs do: 408, 409, 429 and every 5xx,
    /// connection failures, bodies cut off mid-way and attempts that timed out; never other statuses, never a
    /// body this client cannot use, never the caller's own cancellation. A response header
    /// <c>x-should-retry: true|false</c> overrides the decision. A certificate or TLS handshake the client rejects
    /// (untrusted CA, expired, wrong name) is never retried: the next attempt meets the same certificate.
    /// A GET whose connection the server closed before any response byte (a kept-alive connection it dropped while
    /// idle) is resent at once, once: <see cref="ImmediateResend"/>.
    /// </summary>
    internal static class RetryDecision
    {
        public static bool ShouldRetry(HttpResponseMessage? response, Exception? exception, CancellationToken callerToken)
        {
            if (response is not null)
            {
                // Stryker disable once Linq : its one mutant, FirstOrDefault to First, returns the same value: TryGetValues is true only with at least one value
                var header = response.Headers.TryGetValues("x-should-retry", out var values) ? values.FirstOrDefault()?.Trim() : null;
                if (string.Equals(header, "true", StringComparison.OrdinalIgnoreCase)) return true;
                if (string.Equals(header, "false", StringComparison.OrdinalIgnoreCase)) return false;
                var status = (int)response.StatusCode;
                return status == 408 || status == 409 || status == 429 || status >= 500;
            }

            return exception switch
            {
                // A given HttpClient's own Timeout, as HttpClientTransport reports it: an attempt that timed out.
                LettaTimeoutException => true,
                LettaException => false,
                HttpRequestException tls when TlsFailure(tls) is not null => false,
                HttpRequestException or IOException or TimeoutRejectedException => true,
                // Not the caller's token: an HttpClient's own Timeout below this handler.
                OperationCanceledException => !callerToken.IsCancellationRequested,
                _ => false,
            };
        }

        /// <summary>
        /// Marks an <see cref="HttpRequestException"/> raised after the response headers arrived (a body cut off), so it
        /// is never taken for a connection closed before any response byte.
        /// </summary>
        public const string AfterResponseHeaders = "Letta.Generated.AfterResponseHeaders";

        /// <summary>
        /// Whether a failed GET may be resent at once rather than after a backoff: the server reset or closed the
        /// connection before any response byte. That is what a kept-alive pooled connection the server dropped while
        /// idle looks like when the request raced the close (SocketsHttpHandler resends a closed one by itself, but
        /// not a reset one). Only GET: the request may have reached the server, and only an idempotent one can be sent
        /// twice. The retry handler allows this once per request; a second such failure waits the normal backoff.
        /// </summary>
        public static bool ImmediateResend(HttpRequestMessage request, Exception? exception)
        {
            if (request.Method != HttpMethod.Get || exception is not HttpRequestException failure || failure.Data.Contains(AfterResponseHeaders)) return false;
            for (var inner = failure.InnerException; inner is not null; inner = inner.InnerException)
            {
                if (inner is SocketException { SocketErrorCode: SocketError.ConnectionReset or SocketError.ConnectionAborted }) return true;
#if NET8_0_OR_GREATER
                if (inner is HttpIOException { HttpRequestError: HttpRequestError.ResponseEnded }) return true;
#endif
            }

#if NET8_0_OR_GREATER
            return failure.HttpRequestError == HttpRequestError.ResponseEnded;
#else
            return false;
#endif
        }

        /// <summary>The TLS authentication failure (<see cref="AuthenticationException"/>) inside <paramref name="failure"/>, or null.</summary>
        public static AuthenticationException? TlsFailure(Exception failure)
        {
            for (var inner = failure.InnerException; inner is not null; inner = inner.InnerException)
            {
                if (inner is AuthenticationException tls) return tls;
            }

            return null;
        }
    }
}
