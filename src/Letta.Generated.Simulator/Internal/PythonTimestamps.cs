using System;
using System.Globalization;

namespace Letta.Generated.Simulator.Internal
{
    /// <summary>
    /// Formats timestamps the way Python's <c>datetime.isoformat()</c> does on the server: six fraction digits,
    /// the fraction left out entirely when it is zero.
    /// </summary>
    internal static class PythonTimestamps
    {
        private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

        /// <summary>Drops sub-microsecond ticks: the server's database keeps microseconds, so sorting must too.</summary>
        public static DateTimeOffset ToMicroseconds(DateTimeOffset value)
        {
            var utc = value.ToUniversalTime();
            return new DateTimeOffset(utc.Ticks - (utc.Ticks % TicksPerMicrosecond), TimeSpan.Zero);
        }

        /// <summary><c>2025-01-02T03:04:05.123456Z</c> or <c>2025-01-02T03:04:05Z</c>.</summary>
        public static string WithZ(DateTimeOffset value) => Offsetless(value) + "Z";

        /// <summary><c>2025-01-02T03:04:05.120000</c> or <c>2025-01-02T03:04:05</c>: UTC, but no offset.</summary>
        public static string Offsetless(DateTimeOffset value)
        {
            var utc = ToMicroseconds(value).UtcDateTime;
            var seconds = utc.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
            var microseconds = (utc.Ticks % TimeSpan.TicksPerSecond) / TicksPerMicrosecond;
            return microseconds == 0
                ? seconds
                : seconds + "." + microseconds.ToString("D6", CultureInfo.InvariantCulture);
        }
    }
}
