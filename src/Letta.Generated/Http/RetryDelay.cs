using System;
using System.Net.Http;

namespace Letta.Generated
{
    /// <summary>
    /// The wait before a retry: the server's <c>retry-after-ms</c>/<c>Retry-After</c> when it sent one no longer
    /// than <see cref="LettaClientOptions.MaxRetryAfter"/>, else <c>min(0.5 s × 2^n, 8 s)</c> less up to 25 % jitter.
    /// </summary>
    internal static class RetryDelay
    {
        private static readonly TimeSpan InitialDelay = TimeSpan.FromSeconds(0.5);
        private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(8);

        /// <summary>The delay before retry number <paramref name="retry"/> + 1 (0 before the first retry).</summary>
        public static TimeSpan Next(int retry, HttpResponseMessage? response, TimeSpan maxRetryAfter, DateTimeOffset now, Func<double> random) =>
            Next(retry, response, maxRetryAfter, now, random, out _);

        /// <summary>The same delay, and where it came from (reported with the retry).</summary>
        public static TimeSpan Next(int retry, HttpResponseMessage? response, TimeSpan maxRetryAfter, DateTimeOffset now, Func<double> random, out RetryDelaySource source)
        {
            source = RetryDelaySource.Backoff;
            if (response is not null)
            {
                var hint = RetryAfterHeader.Parse(response.Headers, now, out var hintSource);
                if (hint is { } serverDelay && serverDelay <= maxRetryAfter)
                {
                    source = hintSource;
                    return serverDelay;
                }

                if (hint is not null) source = RetryDelaySource.BackoffOverMaxRetryAfter;
            }

            var backoff = TimeSpan.FromTicks(Math.Min(InitialDelay.Ticks * (1L << Math.Min(retry, 20)), MaxBackoff.Ticks));
            return TimeSpan.FromTicks((long)(backoff.Ticks * (1 - (0.25 * random()))));
        }
    }
}
