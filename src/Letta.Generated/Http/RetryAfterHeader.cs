using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http.Headers;

namespace Letta.Generated
{
    /// <summary>
    /// The server's retry hint: <c>retry-after-ms</c> (the official SDKs' header), else <c>Retry-After</c> in
    /// seconds or as an HTTP date, as the framework's <see cref="RetryConditionHeaderValue"/> reads it. A value
    /// that is not a usable delay (negative, not a number, <c>1e300</c>, <c>Infinity</c>) is no hint at all.
    /// </summary>
    internal static class RetryAfterHeader
    {
        // Far beyond any MaxRetryAfter; keeps TimeSpan arithmetic from overflowing.
        private static readonly TimeSpan Ceiling = TimeSpan.FromDays(1);

        /// <summary>From a live response, saying which header the hint came from (<c>retry-after-ms</c> wins).</summary>
        public static TimeSpan? Parse(HttpResponseHeaders headers, DateTimeOffset now, out RetryDelaySource source) =>
            Parse(First(headers, "retry-after-ms"), headers.RetryAfter, now, out source);

        /// <summary>From the headers an exception carries.</summary>
        public static TimeSpan? Parse(IReadOnlyDictionary<string, IEnumerable<string>> headers, DateTimeOffset now)
        {
            var retryAfter = First(headers, "Retry-After");
            RetryConditionHeaderValue.TryParse(retryAfter, out var value);
            return Parse(First(headers, "retry-after-ms"), value, now, out _);
        }

        private static TimeSpan? Parse(string? milliseconds, RetryConditionHeaderValue? retryAfter, DateTimeOffset now, out RetryDelaySource source)
        {
            source = RetryDelaySource.RetryAfterMs;
            if (milliseconds is not null
                && double.TryParse(milliseconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms)
                && ms >= 0 && ms <= Ceiling.TotalMilliseconds)
            {
                return TimeSpan.FromMilliseconds(ms);
            }

            source = RetryDelaySource.RetryAfter;
            if (retryAfter?.Delta is { } delta) return delta >= TimeSpan.Zero && delta <= Ceiling ? delta : null;
            if (retryAfter?.Date is { } date)
            {
                // A date already past means now. (Clamped with Max rather than compared with zero: a comparison with zero
                // has a mutant, < for <=, that no test can tell apart, since a wait of exactly zero is zero either way.)
                var wait = date - now;
                return wait > Ceiling ? null : TimeSpan.FromTicks(Math.Max(wait.Ticks, 0));
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
}
