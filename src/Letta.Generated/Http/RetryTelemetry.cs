using System;
using System.Diagnostics;
using System.Net.Http;
using System.Threading;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;

namespace Letta.Generated
{
    /// <summary>
    /// What <see cref="RetryHandler"/> reports: each retry (log event 100, <c>letta.client.retry.count</c>,
    /// <c>letta.client.retry.delay</c>), each give-up (log event 101), and every request once, after its retries
    /// (<c>letta.client.request.count</c>). URLs are reported without user info or query and redacted; no header
    /// value is ever reported.
    /// </summary>
    internal sealed class RetryTelemetry
    {
        /// <summary>The request, in the Polly context of its own execution (the pipeline is shared by every request).</summary>
        public static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new ResiliencePropertyKey<HttpRequestMessage>("Letta.Generated.Request");

        /// <summary>Where the delay the retry strategy just chose came from, handed from its delay generator to its OnRetry.</summary>
        public static readonly ResiliencePropertyKey<RetryDelaySource> DelaySourceKey = new ResiliencePropertyKey<RetryDelaySource>("Letta.Generated.DelaySource");

        private readonly ILogger _logger;
        private readonly LettaMetrics _metrics;
        private readonly SecretRedactor _redactor;
        private readonly int _maxAttempts;

        public RetryTelemetry(LettaClientOptions options, SecretRedactor redactor)
        {
            _logger = options.LoggerFactory?.CreateLogger(RetryLog.Category) ?? NullLogger.Instance;
            _metrics = LettaMetrics.For(options.MeterFactory);
            _redactor = redactor;
            _maxAttempts = options.MaxRetries + 1;
        }

        /// <summary>A retry is about to wait <paramref name="delay"/> after attempt <paramref name="failedAttempt"/> (1-based) failed.</summary>
        public void Retrying(ResilienceContext context, int failedAttempt, Outcome<HttpResponseMessage> outcome, TimeSpan delay)
        {
            context.Properties.TryGetValue(DelaySourceKey, out var source);
            var sourceName = Name(source);
            var failure = outcome.Result is { } response ? AttemptOutcome.Of(response) : AttemptOutcome.Of(outcome.Exception!, context.CancellationToken);
            if (_logger.IsEnabled(LogLevel.Information) && context.Properties.TryGetValue(RequestKey, out var request))
            {
                RetryLog.RequestRetrying(_logger, request.Method.Method, _redactor.Redact(AttemptOutcome.Url(request)), failedAttempt, _maxAttempts, failure, (long)Math.Round(delay.TotalMilliseconds), sourceName);
            }

            if (_metrics.Retries.Enabled)
            {
                var tags = new TagList { { LettaTracing.ErrorType, failure }, { LettaMetrics.DelaySourceTag, sourceName } };
                if (outcome.Result is { } failed) tags.Add(LettaTracing.StatusCode, (int)failed.StatusCode);
                _metrics.Retries.Add(1, tags);
            }

            if (_metrics.RetryDelay.Enabled)
            {
                _metrics.RetryDelay.Record(delay.TotalSeconds, new TagList { { LettaMetrics.DelaySourceTag, sourceName } });
            }
        }

        /// <summary>The request ended with a response (after <paramref name="attempts"/> attempts): counted; a failure that is still retryable is a give-up.</summary>
        public void Completed(HttpRequestMessage request, HttpResponseMessage response, int attempts, CancellationToken callerToken)
        {
            var status = (int)response.StatusCode;
            string? failure = null;
            if (!response.IsSuccessStatusCode && status >= 400)
            {
                failure = AttemptOutcome.Of(response);
                if (RetryDecision.ShouldRetry(response, null, callerToken)) GaveUp(request, attempts, failure);
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
        /// counted; a retryable failure is a give-up. Returns false, so it can observe from an exception filter.
        /// </summary>
        public bool Failed(HttpRequestMessage request, Exception exception, int attempts, CancellationToken callerToken)
        {
            var failure = AttemptOutcome.Of(exception, callerToken);
            if (RetryDecision.ShouldRetry(null, exception, callerToken)) GaveUp(request, attempts, failure);
            if (_metrics.Requests.Enabled) _metrics.Requests.Add(1, new TagList { { LettaTracing.ErrorType, failure } });
            return false;
        }

        private void GaveUp(HttpRequestMessage request, int attempts, string failure)
        {
            if (_logger.IsEnabled(LogLevel.Warning))
            {
                RetryLog.RequestGaveUp(_logger, request.Method.Method, _redactor.Redact(AttemptOutcome.Url(request)), attempts, failure);
            }
        }

        /// <summary>The delay source as it appears in log events and metric tags.</summary>
        public static string Name(RetryDelaySource source) => source switch
        {
            RetryDelaySource.RetryAfterMs => "retry-after-ms",
            RetryDelaySource.RetryAfter => "retry-after",
            RetryDelaySource.BackoffOverMaxRetryAfter => "backoff-over-max-retry-after",
            RetryDelaySource.StaleConnection => "stale-connection",
            _ => "backoff",
        };
    }
}
