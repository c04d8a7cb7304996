using System;
using System.Globalization;

namespace Letta.Generated.Cli.Output
{
    /// <summary>How the table and the CSV show a batch's values to people: UTC timestamps, readable durations.</summary>
    internal static class BatchCells
    {
        /// <summary>Short and readable, rounded down: <c>850ms</c>, <c>12.3s</c>, <c>4m 05s</c>, <c>2h 03m</c>.</summary>
        public static string Duration(TimeSpan duration)
        {
            if (duration < TimeSpan.FromSeconds(1))
            {
                return ((long)duration.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + "ms";
            }

            if (duration < TimeSpan.FromMinutes(1))
            {
                return (Math.Floor(duration.TotalSeconds * 10) / 10).ToString("0.0", CultureInfo.InvariantCulture) + "s";
            }

            if (duration < TimeSpan.FromHours(1))
            {
                return string.Format(CultureInfo.InvariantCulture, "{0}m {1:00}s", (int)duration.TotalMinutes, duration.Seconds);
            }

            return string.Format(CultureInfo.InvariantCulture, "{0}h {1:00}m", (long)duration.TotalHours, duration.Minutes);
        }

        /// <summary>The table's timestamp: UTC to the second, <c>2025-01-02T03:04:05Z</c>.</summary>
        public static string Seconds(DateTimeOffset value) =>
            value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        /// <summary>The CSV's timestamp: UTC with the server's microseconds, <c>2025-01-02T03:04:05.123456Z</c>.</summary>
        public static string Microseconds(DateTimeOffset value) =>
            value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
    }
}
