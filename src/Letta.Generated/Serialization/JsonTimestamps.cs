using System;
using System.Globalization;
using System.Text.Json;

namespace Letta.Generated
{
    /// <summary>
    /// How every Letta timestamp is read, in both JSON stacks: a value without an offset is UTC (Letta sends
    /// <c>completed_at</c> that way and means UTC), an explicit offset (<c>Z</c>, <c>+05:30</c>) is kept as sent.
    /// </summary>
    internal static class JsonTimestamps
    {
        /// <summary>Reads a timestamp string token.</summary>
        /// <exception cref="FormatException">The token is not an ISO 8601 date-time string.</exception>
        [System.Runtime.CompilerServices.MethodImpl(JitHints.AggressiveOptimization)]
        public static DateTimeOffset Read(ref Utf8JsonReader reader)
        {
            if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence)
            {
                // System.Text.Json's ISO 8601 parser would take an offset-less value as local time, so such a value is
                // read as a DateTime and given offset zero.
                if (HasOffset(reader.ValueSpan))
                {
                    if (reader.TryGetDateTimeOffset(out var withOffset)) return withOffset;
                }
                else if (reader.TryGetDateTime(out var utc))
                {
                    return new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Unspecified), TimeSpan.Zero);
                }
            }

            // Anything the fast path does not take (escapes, an unusual but valid spelling) is parsed as text.
            var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            return text is not null ? Parse(text) : throw NotADateTime();
        }

        /// <summary>Parses a timestamp's text.</summary>
        /// <exception cref="FormatException">The text is not a date-time.</exception>
        public static DateTimeOffset Parse(string text) =>
            DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : throw NotADateTime();

        /// <summary>A value a Newtonsoft reader already turned into a date (its default <c>DateParseHandling</c>): offset-less is UTC.</summary>
        public static DateTimeOffset FromParsed(object value) => value switch
        {
            DateTimeOffset offset => offset,
            DateTime { Kind: DateTimeKind.Local } local => new DateTimeOffset(local),
            DateTime other => new DateTimeOffset(DateTime.SpecifyKind(other, DateTimeKind.Unspecified), TimeSpan.Zero),
            _ => throw NotADateTime(),
        };

        private static FormatException NotADateTime() => new FormatException("is not a date-time");

        /// <summary>Whether an ISO 8601 value ends in <c>Z</c> or <c>±hh:mm</c> (the date's own dashes come before the <c>T</c>).</summary>
        private static bool HasOffset(ReadOnlySpan<byte> value)
        {
            var time = value.IndexOf((byte)'T');
            if (time < 0) return false;
            var rest = value.Slice(time);
            return rest.IndexOf((byte)'Z') >= 0 || rest.IndexOf((byte)'+') >= 0 || rest.IndexOf((byte)'-') >= 0;
        }
    }
}
