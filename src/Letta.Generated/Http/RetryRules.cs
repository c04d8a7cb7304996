using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Threading;
using Polly.Timeout;

namespace Letta.Generated
{
    /// <summary>
    /// The retry rules, in one place; <see cref="RetryHandler"/> runs them on Polly's retry strategy.
    /// <para>
    /// <b>What is retried</b>, as the official SDKs do: 408, 409, 429 and every 5xx, connection failures, bodies cut
    /// off mid-way and attempts that timed out; never other statuses, never a body this client cannot use, never the
    /// caller's own cancellation. A response header <c>x-should-retry: true|false</c> overrides the decision. A
    /// certificate or TLS handshake the client rejects (untrusted CA, expired, wrong name) is never retried: the next
    /// attempt meets the same certificate. A GET whose connection the server closed before any response byte (a
    /// kept-alive connection it dropped while idle) is resent at once, once: <see cref="ImmediateResend"/>.
    /// </para>
    /// <para>
    /// <b>How long to wait</b>: the server's hint wins — <c>retry-after-ms</c>, else <c>Retry-After</c> in seconds or
    /// as an HTTP date — when it is no longer than <see cref="LettaClientOptions.MaxRetryAfter"/> (<see cref="Hint"/>);
    /// else Polly's exponential backoff with jitter (<see cref="BackoffBase"/>, capped at <see cref="MaxBackoff"/>),
    /// which <see cref="RetryHandler"/> configures and Polly computes. The stale-connection resend waits nothing.
    /// </para>
    /// </summary>
    internal static class RetryRules
    {
        /// <summary>
        /// Marks an <see cref="HttpRequestException"/> raised after the response headers arrived (a body cut off), so it
        /// is never taken for a connection closed before any response byte.
        /// </summary>
        public const string AfterResponseHeaders = "Letta.Generated.AfterResponseHeaders";

        /// <summary>
        /// The base of Polly's exponential backoff with jitter (<c>DelayBackoffType.Exponential</c>, <c>UseJitter</c>):
        /// the first backoff lies between 0 and about 0.7 s (median near 0.45 s), and from the third on the median about
        /// doubles each time.
        /// </summary>
        public static readonly TimeSpan BackoffBase = TimeSpan.FromSeconds(0.5);

        /// <summary>The longest backoff (Polly's <c>MaxDelay</c>). A server hint is bounded by MaxRetryAfter instead.</summary>
        public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(8);

        // Far beyond any MaxRetryAfter; keeps TimeSpan arithmetic from overflowing.
        private static readonly TimeSpan HintCeiling = TimeSpan.FromDays(1);

        /// <summary>Whether an attempt's outcome (a response, or the exception it failed with) is worth another attempt.</summary>
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
        /// Whether a failed GET may be resent at once rather than after a backoff: the server reset or closed the
        /// connection before any response byte. That is what a kept-alive pooled connection the server dropped while
        /// idle looks like when the request raced the close (SocketsHttpHandler resends a closed one by itself, but
        /// not a reset one). Only GET: the request may have reached the server, and only an idempotent one can be sent
        /// twice. The retry handler allows this once per request; a second such failure waits the normal backoff.
        /// </summary>
        public static bool ImmediateResend(HttpRequestMessage request, Exception? exception)
        {
            if (request.Method != HttpMethod.Get || exception is not HttpRequestException failure || failure.Data[AfterResponseHeaders] is true) return false;
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

        /// <summary>
        /// The server's hint for the wait before the next retry, when it is usable and no longer than
        /// <paramref name="maxRetryAfter"/>; else null, and Polly's backoff applies. <paramref name="source"/> says
        /// where the wait comes from: the hint's header, the backoff, or the backoff because the hint was too long.
        /// </summary>
        public static TimeSpan? Hint(HttpResponseMessage? response, TimeSpan maxRetryAfter, DateTimeOffset now, out RetryDelaySource source)
        {
            source = RetryDelaySource.Backoff;
            if (response is null) return null;
            var hint = RetryAfter(First(response.Headers, "retry-after-ms"), response.Headers.RetryAfter, now, out var hintSource);
            if (hint is { } serverDelay && serverDelay <= maxRetryAfter)
            {
                source = hintSource;
                return serverDelay;
            }

            if (hint is not null) source = RetryDelaySource.BackoffOverMaxRetryAfter;
            return null;
        }

        /// <summary>
        /// The server's hint in the headers an exception carries: <c>retry-after-ms</c> (the official SDKs' header), else
        /// <c>Retry-After</c> in seconds or as an HTTP date, as the framework's <see cref="RetryConditionHeaderValue"/>
        /// reads it. A value that is not a usable delay (negative, not a number, <c>1e300</c>, <c>Infinity</c>, more
        /// than a day) is no hint at all.
        /// </summary>
        public static TimeSpan? RetryAfter(IReadOnlyDictionary<string, IEnumerable<string>> headers, DateTimeOffset now)
        {
            RetryConditionHeaderValue.TryParse(First(headers, "Retry-After"), out var retryAfter);
            return RetryAfter(First(headers, "retry-after-ms"), retryAfter, now, out _);
        }

        private static TimeSpan? RetryAfter(string? milliseconds, RetryConditionHeaderValue? retryAfter, DateTimeOffset now, out RetryDelaySource source)
        {
            source = RetryDelaySource.RetryAfterMs;
            if (milliseconds is not null
                && double.TryParse(milliseconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms)
                && ms >= 0 && ms <= HintCeiling.TotalMilliseconds)
            {
                return TimeSpan.FromMilliseconds(ms);
            }

            source = RetryDelaySource.RetryAfter;
            if (retryAfter?.Delta is { } delta) return delta >= TimeSpan.Zero && delta <= HintCeiling ? delta : null;
            if (retryAfter?.Date is { } date)
            {
                // A date already past means now. (Clamped with Max rather than compared with zero: a comparison with zero
                // has a mutant, < for <=, that no test can tell apart, since a wait of exactly zero is zero either way.)
                var wait = date - now;
                return wait > HintCeiling ? null : TimeSpan.FromTicks(Math.Max(wait.Ticks, 0));
            }

            return null;
        }

        private static string? First(IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers, string name)
        {
            foreach (var header in headers)
            {
                if (string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase)) return header.Value.FirstOrDefault()?.Trim();
            }

            return null;
        }
    }

    /// <summary>Where the wait before a retry came from; reported with each retry (log event, metric tag).</summary>
    internal enum RetryDelaySource
    {
        /// <summary>The normal backoff: the server sent no usable hint.</summary>
        Backoff,

        /// <summary>The server's <c>retry-after-ms</c> header.</summary>
        RetryAfterMs,

        /// <summary>The server's <c>Retry-After</c> header (seconds or an HTTP date).</summary>
        RetryAfter,

        /// <summary>The normal backoff, because the server's hint was longer than <see cref="LettaClientOptions.MaxRetryAfter"/>.</summary>
        BackoffOverMaxRetryAfter,

        /// <summary>No wait: the server closed the connection before any response byte (a stale pooled connection), resent at once.</summary>
        StaleConnection,
    }
}
