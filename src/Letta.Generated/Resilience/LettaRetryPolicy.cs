using System;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Letta.Generated
{
    /// <summary>
    /// The retry pipeline every request runs in, built with Polly: up to <see cref="LettaClientOptions.MaxRetries"/>
    /// retries on 408, 409, 429, 5xx, connection failures and per-attempt timeouts, never on other 4xx
    /// or once the caller cancelled. The delay is <c>min(0.5 s × 2^n, 8 s)</c> less up to 25 % jitter,
    /// replaced by the server's <c>retry-after-ms</c>/<c>Retry-After</c> up to <see cref="LettaClientOptions.MaxRetryAfter"/>;
    /// <c>x-should-retry: true|false</c> overrides the decision.
    /// </summary>
    internal static class LettaRetryPolicy
    {
        private static readonly TimeSpan InitialDelay = TimeSpan.FromSeconds(0.5);
        private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(8);

        public static ResiliencePipeline Create(LettaClientOptions options, Func<double> random)
        {
            var builder = new ResiliencePipelineBuilder { TimeProvider = options.TimeProvider };
            if (options.MaxRetries > 0)
            {
                builder.AddRetry(new RetryStrategyOptions
                {
                    MaxRetryAttempts = options.MaxRetries,
                    ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args.Outcome.Exception)),
                    DelayGenerator = args => new ValueTask<TimeSpan?>(Delay(args.AttemptNumber, args.Outcome.Exception, options, random)),
                });
            }
            if (options.NetworkTimeout != Timeout.InfiniteTimeSpan)
            {
                builder.AddTimeout(options.NetworkTimeout);
            }
            return builder.Build();
        }

        public static bool ShouldRetry(Exception? exception)
        {
            switch (exception)
            {
                case LettaApiException api:
                    var header = api.FirstHeader("x-should-retry");
                    if (string.Equals(header, "true", StringComparison.OrdinalIgnoreCase)) return true;
                    if (string.Equals(header, "false", StringComparison.OrdinalIgnoreCase)) return false;
                    return api is not LettaResponseException && (api.Status == 408 || api.Status == 409 || api.Status == 429 || api.Status >= 500);
                case LettaConnectionException:
                case LettaTimeoutException:
                case TimeoutRejectedException:
                    return true;
                default:
                    // Includes OperationCanceledException: the caller's cancellation is never retried.
                    return false;
            }
        }

        /// <summary>The wait before retry number <paramref name="attempt"/> + 1.</summary>
        public static TimeSpan Delay(int attempt, Exception? exception, LettaClientOptions options, Func<double> random)
        {
            if (exception is LettaApiException api)
            {
                var hint = RetryAfterHeader.Parse(api.Headers, options.TimeProvider.GetUtcNow());
                if (hint is { } serverDelay && serverDelay <= options.MaxRetryAfter) return serverDelay;
            }
            var backoff = TimeSpan.FromTicks(Math.Min(InitialDelay.Ticks * (1L << Math.Min(attempt, 20)), MaxBackoff.Ticks));
            return TimeSpan.FromTicks((long)(backoff.Ticks * (1 - 0.25 * random())));
        }
    }
}
