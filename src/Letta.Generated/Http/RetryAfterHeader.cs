using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Letta.Generated
{
    /// <summary>Reads the server's retry hint: <c>retry-after-ms</c>, else <c>Retry-After</c> in seconds or as an HTTP date.</summary>
    internal static class RetryAfterHeader
    {
        public static TimeSpan? Parse(IReadOnlyDictionary<string, IEnumerable<string>> headers, DateTimeOffset now)
        {
            var milliseconds = First(headers, "retry-after-ms");
            if (milliseconds is not null && double.TryParse(milliseconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) && ms >= 0)
            {
                return TimeSpan.FromMilliseconds(ms);
            }
            var retryAfter = First(headers, "Retry-After");
            if (retryAfter is null) return null;
            if (double.TryParse(retryAfter, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
            {
                return seconds >= 0 ? TimeSpan.FromSeconds(seconds) : null;
            }
            if (DateTimeOffset.TryParseExact(retryAfter, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
                || DateTimeOffset.TryParse(retryAfter, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date))
            {
                var wait = date - now;
                return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
            }
            return null;
        }

        private static string? First(IReadOnlyDictionary<string, IEnumerable<string>> headers, string name)
        {
            foreach (var header in headers)
            {
                if (string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase)) return header.Value.FirstOrDefault()?.Trim();
            }
            return null;
        }
    }
}
