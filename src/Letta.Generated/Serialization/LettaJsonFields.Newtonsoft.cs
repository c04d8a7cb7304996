using System;
using System.Collections.Generic;
using System.Globalization;
using Newtonsoft.Json;

namespace Letta.Generated
{
    // The same field readers and writers for Newtonsoft's JsonReader and JsonWriter: what the models' Newtonsoft
    // converters call, so JsonConvert reads and writes them without its reflection serializer.
    internal static partial class LettaJsonFields
    {
        public static void Read(JsonReader reader, out string? value) => value = reader.TokenType switch
        {
            JsonToken.String => (string?)reader.Value,
            JsonToken.Null or JsonToken.Undefined => null,
            // A reader whose DateParseHandling is not None (Newtonsoft's default) has already turned it into a date.
            JsonToken.Date => reader.Value is DateTimeOffset offset ? offset.ToString("o", CultureInfo.InvariantCulture) : ((DateTime)reader.Value!).ToString("o", CultureInfo.InvariantCulture),
            _ => throw Wrong(reader, "is not a string"),
        };

        public static void Read(JsonReader reader, out bool? value) => value = reader.TokenType switch
        {
            JsonToken.Boolean => (bool)reader.Value!,
            JsonToken.Null or JsonToken.Undefined => null,
            _ => throw Wrong(reader, "is not a boolean"),
        };

        public static void Read(JsonReader reader, out int? value)
        {
            Read(reader, out long? wide);
            value = wide is null ? null : wide >= int.MinValue && wide <= int.MaxValue ? (int)wide : throw new FormatException("is outside the 32-bit range");
        }

        public static void Read(JsonReader reader, out long? value)
        {
            switch (reader.TokenType)
            {
                case JsonToken.Null:
                case JsonToken.Undefined:
                    value = null;
                    return;
                case JsonToken.Integer when reader.Value is long whole:
                    value = whole;
                    return;
                case JsonToken.Float when reader.Value is double real && real == Math.Floor(real) && real >= long.MinValue && real < long.MaxValue:
                    value = (long)real;
                    return;
                case JsonToken.String when long.TryParse((string?)reader.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed):
                    value = parsed;
                    return;
                default:
                    throw Wrong(reader, "is not a 64-bit integer");
            }
        }

        public static void Read(JsonReader reader, out double? value) => value = reader.TokenType switch
        {
            JsonToken.Null or JsonToken.Undefined => null,
            JsonToken.Integer or JsonToken.Float => Convert.ToDouble(reader.Value, CultureInfo.InvariantCulture),
            _ => throw Wrong(reader, "is not a number"),
        };

        public static void Read(JsonReader reader, out DateTimeOffset? value) => value = reader.TokenType switch
        {
            JsonToken.Null or JsonToken.Undefined => null,
            JsonToken.String => JsonTimestamps.Parse((string)reader.Value!),
            JsonToken.Date => JsonTimestamps.FromParsed(reader.Value!),
            _ => throw Wrong(reader, "is not a date-time"),
        };

        public static void Read(JsonReader reader, out object? value) => value = JsonValues.Read(reader);

        public static void Read(JsonReader reader, out IDictionary<string, object?>? value)
        {
            if (reader.TokenType is JsonToken.Null or JsonToken.Undefined)
            {
                value = null;
                return;
            }

            if (reader.TokenType != JsonToken.StartObject) throw Wrong(reader, "is not a JSON object");
            var items = new Dictionary<string, object?>();
            while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
            {
                var key = (string)reader.Value!;
                reader.Read();
                items[key] = JsonValues.Read(reader);
            }

            value = items;
        }

        public static void Read(JsonReader reader, out List<object>? value)
        {
            if (reader.TokenType is JsonToken.Null or JsonToken.Undefined)
            {
                value = null;
                return;
            }

            if (reader.TokenType != JsonToken.StartArray) throw Wrong(reader, "is not a JSON array");
            value = new List<object>();
            while (reader.Read() && reader.TokenType != JsonToken.EndArray) value.Add(JsonValues.Read(reader)!);
        }

        public static void Write(JsonWriter writer, string? value) => writer.WriteValue(value);

        public static void Write(JsonWriter writer, bool? value) => writer.WriteValue(value);

        public static void Write(JsonWriter writer, long? value) => writer.WriteValue(value);

        public static void Write(JsonWriter writer, int? value) => writer.WriteValue(value);

        public static void Write(JsonWriter writer, double? value) => writer.WriteValue(value);

        public static void Write(JsonWriter writer, DateTimeOffset? value) => writer.WriteValue(value);

        public static void Write(JsonWriter writer, object? value) => JsonValues.Write(writer, value);

        public static void Write(JsonWriter writer, IDictionary<string, object?>? value) => JsonValues.Write(writer, value);

        public static void Write(JsonWriter writer, List<object>? value) => JsonValues.Write(writer, value);

        /// <summary>A value of the wrong JSON kind.</summary>
        public static FormatException Wrong(JsonReader reader, string reason) => new FormatException(reason + " (found " + reader.TokenType + ")");

        /// <summary>Not the JSON kind a model starts with.</summary>
        public static JsonSerializationException Unexpected(JsonReader reader, string expected) =>
            new JsonSerializationException("expected " + expected + ", found " + reader.TokenType + ". Path '" + reader.Path + "'.");

        /// <summary>A field's value could not be read: Newtonsoft's own form, with the reader's path.</summary>
        public static JsonSerializationException AtField(JsonReader reader, Exception exception) =>
            new JsonSerializationException(exception.Message + ". Path '" + reader.Path + "'.", exception);

        /// <summary>A required field the object lacks, or has as null.</summary>
        public static JsonSerializationException Required(JsonReader reader, string name) =>
            new JsonSerializationException("Required property '" + name + "' not found or null. Path '" + reader.Path + "'.");
    }
}
