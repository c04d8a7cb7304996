using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace Letta.Generated
{
    /// <summary>
    /// The field readers and writers the generated models call, one overload per .NET type a schema becomes (the
    /// generated code picks one by its field's type, so the templates need no type logic). Readers take the reader on
    /// the field's value and leave it on the value's last token; a value of the wrong kind is a
    /// <see cref="FormatException"/> the model turns into a <see cref="JsonException"/> that names the field.
    /// The enums' and models' own overloads are generated with them (<c>openapi/templates</c>).
    /// </summary>
    internal static partial class LettaJsonFields
    {
        public static void Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> source, out string? value) => value = reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Null => null,
            _ => throw Wrong(ref reader, "is not a string"),
        };

        public static void Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> source, out bool? value) => value = reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            JsonTokenType.Null => null,
            _ => throw Wrong(ref reader, "is not a boolean"),
        };

        public static void Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> source, out int? value)
        {
            Read(ref reader, source, out long? wide);
            value = wide is null ? null : wide >= int.MinValue && wide <= int.MaxValue ? (int)wide : throw new FormatException("is outside the 32-bit range");
        }

        public static void Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> source, out long? value)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    value = null;
                    return;
                case JsonTokenType.Number when reader.TryGetInt64(out var whole):
                    value = whole;
                    return;
                case JsonTokenType.Number when reader.TryGetDouble(out var real) && real == Math.Floor(real) && real >= long.MinValue && real < long.MaxValue:
                    value = (long)real;
                    return;
                case JsonTokenType.String when long.TryParse(reader.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed):
                    value = parsed;
                    return;
                default:
                    throw Wrong(ref reader, "is not a 64-bit integer");
            }
        }

        public static void Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> source, out double? value) => value = reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.Number when reader.TryGetDouble(out var real) => real,
            _ => throw Wrong(ref reader, "is not a number"),
        };

        public static void Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> source, out DateTimeOffset? value) =>
            value = reader.TokenType == JsonTokenType.Null ? null : JsonTimestamps.Read(ref reader);

        public static void Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> source, out object? value) =>
            value = JsonValues.Read(ref reader, source);

        /// <summary>A free-form object, kept as its bytes until it is read (<see cref="RawJsonObject"/>).</summary>
        public static void Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> source, out IDictionary<string, object?>? value) => value = reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.StartObject => new RawJsonObject(JsonValues.RawBytes(ref reader, source)),
            _ => throw Wrong(ref reader, "is not a JSON object"),
        };

        public static void Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> source, out List<object>? value)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                value = null;
                return;
            }

            if (reader.TokenType != JsonTokenType.StartArray) throw Wrong(ref reader, "is not a JSON array");
            value = new List<object>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) value.Add(JsonValues.Read(ref reader, source)!);
        }

        public static void Write(Utf8JsonWriter writer, string? value)
        {
            if (value is null) writer.WriteNullValue();
            else writer.WriteStringValue(value);
        }

        public static void Write(Utf8JsonWriter writer, bool? value)
        {
            if (value is { } flag) writer.WriteBooleanValue(flag);
            else writer.WriteNullValue();
        }

        public static void Write(Utf8JsonWriter writer, long? value)
        {
            if (value is { } number) writer.WriteNumberValue(number);
            else writer.WriteNullValue();
        }

        public static void Write(Utf8JsonWriter writer, int? value) => Write(writer, (long?)value);

        public static void Write(Utf8JsonWriter writer, double? value)
        {
            if (value is { } number) writer.WriteNumberValue(number);
            else writer.WriteNullValue();
        }

        public static void Write(Utf8JsonWriter writer, DateTimeOffset? value)
        {
            if (value is { } time) writer.WriteStringValue(time);
            else writer.WriteNullValue();
        }

        public static void Write(Utf8JsonWriter writer, object? value) => JsonValues.Write(writer, value);

        public static void Write(Utf8JsonWriter writer, IDictionary<string, object?>? value) => JsonValues.Write(writer, value);

        public static void Write(Utf8JsonWriter writer, List<object>? value) => JsonValues.Write(writer, value);

        /// <summary>A value of the wrong JSON kind.</summary>
        public static FormatException Wrong(ref Utf8JsonReader reader, string reason) => new FormatException(reason + " (found " + Describe(reader.TokenType) + ")");

        /// <summary>Not the JSON kind a model or list starts with.</summary>
        public static JsonException Unexpected(ref Utf8JsonReader reader, string expected) => new JsonException("expected " + expected + ", found " + Describe(reader.TokenType));

        /// <summary>A field's value could not be read: the reason, at the field.</summary>
        public static JsonException AtField(string name, Exception exception) => exception is JsonException json
            ? Within(name, json)
            : new JsonException(exception.Message, name, null, null, exception);

        /// <summary>The same failure, one level further out (<c>created_at</c> within <c>[3]</c> is <c>[3].created_at</c>).</summary>
        public static JsonException Within(string outer, JsonException exception)
        {
            var path = string.IsNullOrEmpty(exception.Path) ? outer : exception.Path![0] == '[' ? outer + exception.Path : outer + "." + exception.Path;
            return new JsonException(Reason(exception), path, null, null, exception.InnerException ?? exception);
        }

        /// <summary>A required field the object lacks, or has as null.</summary>
        public static JsonException Required(string name) => new JsonException("Required property '" + name + "' not found or null");

        /// <summary>Whether a failure is one of reading a value (anything else is a bug, and is not dressed up).</summary>
        public static bool IsValueFailure(Exception exception) =>
            exception is JsonException || exception is FormatException || exception is InvalidOperationException || exception is OverflowException;

        /// <summary>What failed, without the path (which <see cref="Within"/> keeps in <see cref="JsonException.Path"/>).</summary>
        public static string Reason(JsonException exception) => exception.Message;

        /// <summary>The message a reading failure ends in: the reason and, when known, the path.</summary>
        public static string Describe(JsonException exception) =>
            string.IsNullOrEmpty(exception.Path) ? exception.Message : exception.Path + ": " + exception.Message;

        private static string Describe(JsonTokenType token) => token switch
        {
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            JsonTokenType.String => "a string",
            JsonTokenType.Number => "a number",
            JsonTokenType.True or JsonTokenType.False => "a boolean",
            JsonTokenType.Null => "null",
            JsonTokenType.None => "nothing",
            _ => token.ToString(),
        };
    }
}
