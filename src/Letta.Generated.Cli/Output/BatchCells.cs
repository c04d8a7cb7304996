using System;
using System.Globalization;

namespace Letta.Generated.Cli.Output
{
    /// <summary>How the table and the CSV show a batch's values to people: UTC timestamps, readable durations.</summary>
    internal static class BatchCells
    {
        /// <summary>Short and readable, rounded down: <c>850ms</c>, <c>12.3s</c>, <c>4m 05s</c>, <c>2h 03m</c>.</summary>
        // Written into a stack buffer and made a string once: every row of the table and the CSV has one or two, and
        // string.Format parsed its format string for each.
        public static string Duration(TimeSpan duration)
        {
            Span<char> text = stackalloc char[40];
            int length;
            if (duration < TimeSpan.FromSeconds(1))
            {
                ((long)duration.TotalMilliseconds).TryFormat(text, out length, default, CultureInfo.InvariantCulture);
                return Finish(text, length, 'm', 's');
            }

            if (duration < TimeSpan.FromMinutes(1))
            {
                var tenths = (long)Math.Floor(duration.TotalSeconds * 10);
                (tenths / 10).TryFormat(text, out length, default, CultureInfo.InvariantCulture);
                text[length++] = '.';
                text[length++] = (char)('0' + (tenths % 10));
                return Finish(text, length, 's');
            }

            if (duration < TimeSpan.FromHours(1))
            {
                ((int)duration.TotalMinutes).TryFormat(text, out length, default, CultureInfo.InvariantCulture);
                return Finish(text, length, 'm', ' ', Tens(duration.Seconds), Ones(duration.Seconds), 's');
            }

            ((long)duration.TotalHours).TryFormat(text, out length, default, CultureInfo.InvariantCulture);
            return Finish(text, length, 'h', ' ', Tens(duration.Minutes), Ones(duration.Minutes), 'm');
        }

        private static char Tens(int value) => (char)('0' + (value / 10));

        private static char Ones(int value) => (char)('0' + (value % 10));

        private static string Finish(Span<char> text, int length, params ReadOnlySpan<char> rest)
        {
            rest.CopyTo(text.Slice(length));
            return new string(text.Slice(0, length + rest.Length));
        }

        /// <summary>The table's timestamp: UTC to the second, <c>2025-01-02T03:04:05Z</c>.</summary>
        public static string Seconds(DateTimeOffset value) => Iso(value.UtcDateTime, withMicroseconds: false);

        /// <summary>The CSV's timestamp: UTC with the server's microseconds, <c>2025-01-02T03:04:05.123456Z</c>.</summary>
        public static string Microseconds(DateTimeOffset value) => Iso(value.UtcDateTime, withMicroseconds: true);

        // Written digit by digit: the same text as the custom format strings "yyyy-MM-dd'T'HH:mm:ss'Z'" and
        // "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", without parsing a format string for every cell of every row.
        private static string Iso(DateTime utc, bool withMicroseconds) =>
            string.Create(withMicroseconds ? 27 : 20, (utc, withMicroseconds), static (text, state) =>
            {
                var (time, micro) = state;
                Digits(text.Slice(0, 4), time.Year);
                text[4] = '-';
                Digits(text.Slice(5, 2), time.Month);
                text[7] = '-';
                Digits(text.Slice(8, 2), time.Day);
                text[10] = 'T';
                Digits(text.Slice(11, 2), time.Hour);
                text[13] = ':';
                Digits(text.Slice(14, 2), time.Minute);
                text[16] = ':';
                Digits(text.Slice(17, 2), time.Second);
                if (!micro)
                {
                    text[19] = 'Z';
                    return;
                }

                text[19] = '.';
                Digits(text.Slice(20, 6), (int)(time.Ticks % TimeSpan.TicksPerSecond / 10));
                text[26] = 'Z';
            });

        private static void Digits(Span<char> into, int value)
        {
            for (var i = into.Length - 1; i >= 0; i--)
            {
                into[i] = (char)('0' + (value % 10));
                value /= 10;
            }
        }
    }
}
