using System;
using System.Globalization;

namespace Letta.Generated.Cli.Output
{
    /// <summary>How a batch's fields read as text in the table and the CSV.</summary>
    internal static class BatchCells
    {
        /// <summary>What an absent value shows as in the table.</summary>
        public const string None = "-";

        public static string Status(BatchJob batch) => batch.Status?.Value ?? None;

        public static string StopReason(BatchJob batch) => batch.StopReason?.Value ?? None;

        public static string Agent(BatchJob batch) => batch.AgentId ?? None;

        /// <summary>UTC to the second, such as <c>2025-01-02T03:04:05Z</c>.</summary>
        public static string Created(BatchJob batch) =>
            batch.CreatedAt is { } created ? created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : None;

        public static string Duration(BatchJob batch) => batch.TotalDuration is { } duration ? Duration(duration) : None;

        /// <summary>Short and human: <c>850ms</c>, <c>12.3s</c>, <c>4m 05s</c>, <c>2h 03m</c>.</summary>
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

        /// <summary>A timestamp for scripts: UTC with microseconds, such as <c>2025-01-02T03:04:05.123456Z</c>; empty when null.</summary>
        public static string Timestamp(DateTimeOffset? value) =>
            value is { } v ? v.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture) : string.Empty;
    }
}
