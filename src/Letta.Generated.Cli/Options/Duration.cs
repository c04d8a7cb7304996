using System;
using System.Globalization;

namespace Letta.Generated.Cli.Options
{
    /// <summary>
    /// The durations <c>--interval</c> and <c>--timeout</c> take: a whole number and a unit, <c>500ms</c>, <c>5s</c>,
    /// <c>1m</c>, <c>2h</c>. Anything else is a usage error that shows the accepted forms.
    /// </summary>
    internal static class Duration
    {
        /// <exception cref="UsageException">Not such a duration, or zero.</exception>
        public static TimeSpan Parse(string option, string value)
        {
            var text = value.Trim();
            var digits = 0;
            while (digits < text.Length && char.IsAsciiDigit(text[digits])) digits++;
            var unit = text.Substring(digits);
            var scale = unit switch
            {
                "ms" => TimeSpan.TicksPerMillisecond,
                "s" => TimeSpan.TicksPerSecond,
                "m" => TimeSpan.TicksPerMinute,
                "h" => TimeSpan.TicksPerHour,
                _ => 0L,
            };
            if (digits == 0 || scale == 0
                || !long.TryParse(text.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                || number == 0 || number > WatchBatchesOptions.MaxWait.Ticks / scale)
            {
                throw new UsageException(option + " must be a duration above zero such as 500ms, 5s, 1m or 2h, at most 1193h (the longest wait a timer makes); got '" + Output.Printable.Of(value) + "'.");
            }

            return TimeSpan.FromTicks(number * scale);
        }

        /// <summary>As the options are written: <c>500ms</c>, <c>5s</c>, <c>1m</c>, <c>2h</c> (the largest whole unit).</summary>
        public static string Format(TimeSpan duration)
        {
            var ticks = duration.Ticks;
            if (ticks % TimeSpan.TicksPerHour == 0) return (ticks / TimeSpan.TicksPerHour).ToString(CultureInfo.InvariantCulture) + "h";
            if (ticks % TimeSpan.TicksPerMinute == 0) return (ticks / TimeSpan.TicksPerMinute).ToString(CultureInfo.InvariantCulture) + "m";
            if (ticks % TimeSpan.TicksPerSecond == 0) return (ticks / TimeSpan.TicksPerSecond).ToString(CultureInfo.InvariantCulture) + "s";
            return ((long)duration.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + "ms";
        }
    }
}
