using System;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly.Timeout;

namespace Letta.Generated
{
    /// <summary>
    /// What <see cref="RetryHandler"/> reports: each retry (log event 100, <c>letta.client.retry.count</c>,
    /// <c>letta.client.retry.delay</c>), each give-up (log event 101), and every request once, after its retries
    /// (<c>letta.client.request.count</c>). It decides nothing: whether a request gave up is what the retry
    /// strategy concluded about its last attempt. URLs are reported without user info or query and redacted; no
    /// header value is ever reported. Failures are named after OpenTelemetry's conventions: the status code
    /// (<c>503</c>), <c>timeout</c>, or the exception's full type name, never its message.
    /// </summary>
    internal sealed partial class RetryTelemetry
    {
        /// <summary>The log category of the retry handler's events; their ids are stable.</summary>
        public const string Category = "Letta.Generated.Http";

        public const string Timeout = "timeout";

        private readonly ILogger _logger;
        private readonly LettaMetrics _metrics;
        private readonly SecretRedactor _redactor;
        private readonly int _maxAttempts;

        public RetryTelemetry(LettaClientOptions options, SecretRedactor redactor)
        {
            _logger = options.LoggerFactory?.CreateLogger(Category) ?? NullLogger.Instance;
            _metrics = LettaMetrics.For(options.MeterFactory);
            _redactor = redactor;
            _maxAttempts = options.MaxRetries + 1;
        }

        /// <summary>A retry is about to wait <paramref name="delay"/> after attempt <paramref name="failedAttempt"/> (1-based) failed.</summary>
        public void Retrying(HttpRequestMessage request, int failedAttempt, HttpResponseMessage? response, Exception? exception, TimeSpan delay, RetryDelaySource source, CancellationToken callerToken)
        {
            var sourceName = Name(source);
            var failure = response is not null ? Outcome(response) : Outcome(exception!, callerToken);
            if (_logger.IsEnabled(LogLevel.Information))
            {
                RequestRetrying(_logger, request.Method.Method, _redactor.Redact(Url(request)), failedAttempt, _maxAttempts, failure, (long)Math.Round(delay.TotalMilliseconds), sourceName);
            }

            if (_metrics.Retries.Enabled)
            {
                var tags = new TagList { { LettaTracing.ErrorType, failure }, { LettaMetrics.DelaySourceTag, sourceName } };
                if (response is not null) tags.Add(LettaTracing.StatusCode, (int)response.StatusCode);
                _metrics.Retries.Add(1, tags);
            }

            if (_metrics.RetryDelay.Enabled)
            {
                _metrics.RetryDelay.Record(delay.TotalSeconds, new TagList { { LettaMetrics.DelaySourceTag, sourceName } });
            }
        }

        /// <summary>
        /// The request ended with a response (after <paramref name="attempts"/> attempts): counted; an error status the
        /// retry strategy would have retried (<paramref name="gaveUp"/>) is a give-up.
        /// </summary>
        public void Completed(HttpRequestMessage request, HttpResponseMessage response, int attempts, bool gaveUp)
        {
            var status = (int)response.StatusCode;
            string? failure = null;
            if (!response.IsSuccessStatusCode && status >= 400)
            {
                failure = Outcome(response);
                if (gaveUp) GaveUp(request, attempts, failure);
            }

            if (_metrics.Requests.Enabled)
            {
                var tags = new TagList { { LettaTracing.StatusCode, status } };
                if (failure is not null) tags.Add(LettaTracing.ErrorType, failure);
                _metrics.Requests.Add(1, tags);
            }
        }

        /// <summary>
        /// The request ended with <paramref name="exception"/> (as it left the retry pipeline, before translation):
        /// counted; a failure the retry strategy would have retried (<paramref name="gaveUp"/>) is a give-up. Returns
        /// false, so it can observe from an exception filter.
        /// </summary>
        public bool Failed(HttpRequestMessage request, Exception exception, int attempts, bool gaveUp, CancellationToken callerToken)
        {
            var failure = Outcome(exception, callerToken);
            if (gaveUp) GaveUp(request, attempts, failure);
            if (_metrics.Requests.Enabled) _metrics.Requests.Add(1, new TagList { { LettaTracing.ErrorType, failure } });
            return false;
        }

        /// <summary>A failed response named as <c>error.type</c>: its status code.</summary>
        public static string Outcome(HttpResponseMessage response) => ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);

        /// <summary>A failure named as <c>error.type</c>: <c>timeout</c>, or the exception's full type name.</summary>
        public static string Outcome(Exception exception, CancellationToken callerToken) => exception switch
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

        /// <summary>The delay source as it appears in log events and metric tags.</summary>
        public static string Name(RetryDelaySource source) => source switch
        {
            RetryDelaySource.RetryAfterMs => "retry-after-ms",
            RetryDelaySource.RetryAfter => "retry-after",
            RetryDelaySource.BackoffOverMaxRetryAfter => "backoff-over-max-retry-after",
            RetryDelaySource.StaleConnection => "stale-connection",
            _ => "backoff",
        };

        private void GaveUp(HttpRequestMessage request, int attempts, string failure)
        {
            if (_logger.IsEnabled(LogLevel.Warning))
            {
                RequestGaveUp(_logger, request.Method.Method, _redactor.Redact(Url(request)), attempts, failure);
            }
        }

        [LoggerMessage(EventId = 100, EventName = "RequestRetrying", Level = LogLevel.Information,
            Message = "Retrying Letta request {Method} {Url}: attempt {Attempt} of {MaxAttempts} failed with {Outcome}; waiting {DelayMs} ms ({DelaySource}).")]
        private static partial void RequestRetrying(ILogger logger, string method, string url, int attempt, int maxAttempts, string outcome, long delayMs, string delaySource);

        [LoggerMessage(EventId = 101, EventName = "RequestGaveUp", Level = LogLevel.Warning,
            Message = "Letta request {Method} {Url} gave up after {Attempts} attempt(s); the last failed with {Outcome}.")]
        private static partial void RequestGaveUp(ILogger logger, string method, string url, int attempts, string outcome);
    }
}
