using System;
using System.Buffers;
using System.Collections.Generic;
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
        public static IReadOnlyList<BatchJson> Read(in ReadOnlySequence<byte> body)
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
        private static BatchJson ReadBatch(ref Utf8JsonReader reader, in ReadOnlySequence<byte> body, int index)
        {
            if (reader.TokenType != JsonTokenType.StartObject) throw new FormatException("[" + index + "] is not a JSON object but " + Describe(ref reader));
            var start = reader.TokenStartIndex;
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
            var length = reader.BytesConsumed - start;
            return new BatchJson(id, createdAt, Copy(body, start, length));
        }

        // The batch's own array: the body's segments go back to the pool once the page is read.
        private static byte[] Copy(in ReadOnlySequence<byte> body, long start, long length) =>
            body.IsSingleSegment
                ? body.First.Span.Slice((int)start, (int)length).ToArray()
                : BuffersExtensions.ToArray(body.Slice(start, length));

        private static DateTimeOffset? CreatedAt(ref Utf8JsonReader reader, int index)
        {
            if (reader.TokenType == JsonTokenType.Null) return null;
            try
            {
                return JsonTimestamps.Read(ref reader);
            }
            catch (FormatException)
            {
                throw new FormatException("[" + index + "].created_at is not a date-time");
            }
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
