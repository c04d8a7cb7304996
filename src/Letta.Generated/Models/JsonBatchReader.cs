using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace Letta.Generated
{
    /// <summary>
    /// Splits a page body (a JSON array of batch objects) into <see cref="BatchJson"/> items with
    /// <see cref="Utf8JsonReader"/>: each object's bytes as sent, and its <c>id</c> and <c>created_at</c>. Nothing
    /// else is read or checked, which is what makes the JSON listing fast; <see cref="BatchJson.ToBatchJob"/> checks
    /// the rest on demand.
    /// </summary>
    internal static class JsonBatchReader
    {
        private static readonly JsonReaderOptions Options = new JsonReaderOptions { MaxDepth = LettaJson.MaxDepth };

        /// <exception cref="FormatException">The body is not such an array; the message says where and why.</exception>
        [System.Runtime.CompilerServices.MethodImpl(JitHints.AggressiveOptimization)]
        public static IReadOnlyList<BatchJson> Read(ReadOnlySpan<byte> body)
        {
            var reader = new Utf8JsonReader(body, Options);
            try
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray) throw new FormatException("expected a JSON array, found " + Describe(ref reader));
                var batches = new List<BatchJson>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    batches.Add(ReadBatch(ref reader, body, batches.Count));
                }

                if (reader.TokenType != JsonTokenType.EndArray) throw new FormatException("the array is not closed");
                if (reader.Read()) throw new FormatException("there is more after the JSON value");
                return batches;
            }
            catch (JsonException exception)
            {
                throw new FormatException(exception.Message, exception);
            }
        }

        [System.Runtime.CompilerServices.MethodImpl(JitHints.AggressiveOptimization)]
        private static BatchJson ReadBatch(ref Utf8JsonReader reader, ReadOnlySpan<byte> body, int index)
        {
            if (reader.TokenType != JsonTokenType.StartObject) throw new FormatException("[" + index + "] is not a JSON object but " + Describe(ref reader));
            var start = (int)reader.TokenStartIndex;
            string? id = null;
            DateTimeOffset? createdAt = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("id"))
                {
                    reader.Read();
                    id = reader.TokenType == JsonTokenType.String ? reader.GetString() : throw new FormatException("[" + index + "].id is not a string");
                }
                else if (reader.ValueTextEquals("created_at"))
                {
                    reader.Read();
                    createdAt = CreatedAt(ref reader, index);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            if (id is null) throw new FormatException("Required property 'id' not found in [" + index + "]");
            var length = (int)reader.BytesConsumed - start;
            return new BatchJson(id, createdAt, body.Slice(start, length).ToArray());
        }

        [System.Runtime.CompilerServices.MethodImpl(JitHints.AggressiveOptimization)]
        private static DateTimeOffset? CreatedAt(ref Utf8JsonReader reader, int index)
        {
            if (reader.TokenType == JsonTokenType.Null) return null;
            if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped)
            {
                // The same reading as the model's: a value without an offset is UTC. System.Text.Json's ISO 8601
                // parser would take such a value as local time, so an offset-less value is read as a DateTime.
                if (HasOffset(reader.ValueSpan))
                {
                    if (reader.TryGetDateTimeOffset(out var withOffset)) return withOffset;
                }
                else if (reader.TryGetDateTime(out var utc))
                {
                    return new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Unspecified), TimeSpan.Zero);
                }
            }

            // Anything the fast path does not take (escapes, an unusual but valid spelling) goes the model's way.
            var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            if (text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)) return parsed;
            throw new FormatException("[" + index + "].created_at is not a date-time");
        }

        /// <summary>Whether an ISO 8601 value ends in <c>Z</c> or <c>±hh:mm</c> (the date's own dashes come before the <c>T</c>).</summary>
        private static bool HasOffset(ReadOnlySpan<byte> value)
        {
            var time = value.IndexOf((byte)'T');
            if (time < 0) return false;
            var rest = value.Slice(time);
            return rest.IndexOf((byte)'Z') >= 0 || rest.IndexOf((byte)'+') >= 0 || rest.IndexOf((byte)'-') >= 0;
        }

        private static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
        {
            JsonTokenType.None => "nothing",
            JsonTokenType.Null => "null",
            JsonTokenType.StartObject => "an object",
            JsonTokenType.String => "a string",
            _ => reader.TokenType.ToString(),
        };
    }
}
