using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Letta.Generated
{
    /// <summary>
    /// Free-form JSON values (<c>metadata</c>, unknown fields, <c>detail</c>) in one .NET shape for both JSON stacks,
    /// the shape Newtonsoft has always given them: strings, <see cref="long"/> (<see cref="BigInteger"/> beyond it),
    /// <see cref="double"/>, <see cref="bool"/> and null, with nested objects and arrays as <see cref="JObject"/> and
    /// <see cref="JArray"/>. Written back by either stack without reflection.
    /// </summary>
    internal static class JsonValues
    {
        /// <summary>Reads any value; an object or array is parsed from its own bytes.</summary>
        public static object? Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> source)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    return reader.GetString();
                case JsonTokenType.Number:
                    return Number(ref reader);
                case JsonTokenType.True:
                    return true;
                case JsonTokenType.False:
                    return false;
                case JsonTokenType.Null:
                    return null;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    return ParseToken(RawBytes(ref reader, source));
                default:
                    throw LettaJsonFields.Unexpected(ref reader, "a JSON value");
            }
        }

        /// <summary>
        /// The bytes of the object or array the reader is on, as sent; the reader is left on its end. Sliced from
        /// <paramref name="source"/> when the reader reads it, else copied out of a <see cref="JsonDocument"/>.
        /// </summary>
        public static byte[] RawBytes(ref Utf8JsonReader reader, ReadOnlySpan<byte> source)
        {
            if (!source.IsEmpty && !reader.HasValueSequence)
            {
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                return source.Slice(start, (int)reader.BytesConsumed - start).ToArray();
            }

            using var document = JsonDocument.ParseValue(ref reader);
            return Encoding.UTF8.GetBytes(document.RootElement.GetRawText());
        }

        /// <summary>Reads any value from a Newtonsoft reader positioned on it.</summary>
        public static object? Read(JsonReader reader) => reader.TokenType switch
        {
            JsonToken.StartObject or JsonToken.StartArray => JToken.ReadFrom(reader),
            JsonToken.Null or JsonToken.Undefined => null,
            _ => reader.Value,
        };

        /// <summary>Parses an object's or array's UTF-8 bytes into the tokens Newtonsoft would give (dates stay strings).</summary>
        public static JToken ParseToken(byte[] utf8)
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = LettaJson.MaxDepth });
            reader.Read();
            return Token(ref reader);
        }

        /// <summary>
        /// Reads the value the reader is on into a token, straight from the UTF-8 bytes: a Newtonsoft reader over them
        /// would need a text decoder and its buffers for every object.
        /// </summary>
        public static JToken Token(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    var obj = new JObject();
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        var name = reader.GetString()!;
                        reader.Read();
                        obj[name] = Token(ref reader);
                    }

                    return obj;
                case JsonTokenType.StartArray:
                    var array = new JArray();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) array.Add(Token(ref reader));
                    return array;
                case JsonTokenType.String:
                    return new JValue(reader.GetString());
                case JsonTokenType.Number:
                    return new JValue(Number(ref reader));
                case JsonTokenType.True:
                    return new JValue(true);
                case JsonTokenType.False:
                    return new JValue(false);
                default:
                    return JValue.CreateNull();
            }
        }

        /// <summary>Reads a value of an object being materialized: leaves as .NET values, containers as tokens.</summary>
        public static object? Leaf(ref Utf8JsonReader reader) => reader.TokenType switch
        {
            JsonTokenType.StartObject or JsonTokenType.StartArray => Token(ref reader),
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => Number(ref reader),
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => null,
        };

        /// <summary>Writes any value of the shape above (and the usual .NET primitives) with System.Text.Json.</summary>
        /// <exception cref="System.Text.Json.JsonException">A value of another type (nothing is written by reflection).</exception>
        public static void Write(Utf8JsonWriter writer, object? value)
        {
            switch (value)
            {
                case null:
                    writer.WriteNullValue();
                    break;
                case string text:
                    writer.WriteStringValue(text);
                    break;
                case bool flag:
                    writer.WriteBooleanValue(flag);
                    break;
                case long number:
                    writer.WriteNumberValue(number);
                    break;
                case int number:
                    writer.WriteNumberValue(number);
                    break;
                case double number:
                    writer.WriteNumberValue(number);
                    break;
                case decimal number:
                    writer.WriteNumberValue(number);
                    break;
                case float number:
                    writer.WriteNumberValue(number);
                    break;
                case ulong number:
                    writer.WriteNumberValue(number);
                    break;
                case uint number:
                    writer.WriteNumberValue(number);
                    break;
                case short or ushort or byte or sbyte:
                    writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                    break;
                case BigInteger big:
                    WriteRaw(writer, big.ToString(CultureInfo.InvariantCulture));
                    break;
                case DateTimeOffset offset:
                    writer.WriteStringValue(offset);
                    break;
                case DateTime time:
                    writer.WriteStringValue(time);
                    break;
                case RawJsonObject raw when raw.Utf8 is { } bytes:
                    writer.WriteRawValue(bytes, skipInputValidation: true);
                    break;
                case JToken token:
                    Write(writer, token);
                    break;
                case IDictionary<string, object?> dictionary:
                    writer.WriteStartObject();
                    foreach (var entry in dictionary)
                    {
                        writer.WritePropertyName(entry.Key);
                        Write(writer, entry.Value);
                    }

                    writer.WriteEndObject();
                    break;
                case IEnumerable items:
                    writer.WriteStartArray();
                    foreach (var item in items) Write(writer, item);
                    writer.WriteEndArray();
                    break;
                default:
                    writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                    break;
            }
        }

        /// <summary>Writes any value of the shape above with Newtonsoft, without its reflection serializer.</summary>
        public static void Write(JsonWriter writer, object? value)
        {
            switch (value)
            {
                case RawJsonObject raw when raw.Utf8 is { } bytes:
                    writer.WriteRawValue(Encoding.UTF8.GetString(bytes));
                    break;
                case JToken token:
                    token.WriteTo(writer);
                    break;
                case IDictionary<string, object?> dictionary:
                    writer.WriteStartObject();
                    foreach (var entry in dictionary)
                    {
                        writer.WritePropertyName(entry.Key);
                        Write(writer, entry.Value);
                    }

                    writer.WriteEndObject();
                    break;
                case IEnumerable items when value is not string:
                    writer.WriteStartArray();
                    foreach (var item in items) Write(writer, item);
                    writer.WriteEndArray();
                    break;
                default:
                    writer.WriteValue(value);
                    break;
            }
        }

        private static void Write(Utf8JsonWriter writer, JToken token)
        {
            switch (token)
            {
                case JObject obj:
                    writer.WriteStartObject();
                    foreach (var property in obj.Properties())
                    {
                        writer.WritePropertyName(property.Name);
                        Write(writer, property.Value);
                    }

                    writer.WriteEndObject();
                    break;
                case JArray array:
                    writer.WriteStartArray();
                    foreach (var item in array) Write(writer, item);
                    writer.WriteEndArray();
                    break;
                case JRaw raw:
                    WriteRaw(writer, (string?)raw.Value ?? "null");
                    break;
                case JValue leaf when leaf.Type is JTokenType.Guid or JTokenType.Uri or JTokenType.TimeSpan:
                    writer.WriteStringValue(Convert.ToString(leaf.Value, CultureInfo.InvariantCulture));
                    break;
                case JValue leaf when leaf.Type == JTokenType.Bytes:
                    writer.WriteBase64StringValue((byte[])leaf.Value!);
                    break;
                case JValue leaf:
                    Write(writer, leaf.Value);
                    break;
                default:
                    writer.WriteNullValue();
                    break;
            }
        }

        private static void WriteRaw(Utf8JsonWriter writer, string json) => writer.WriteRawValue(json, skipInputValidation: true);

        private static object Number(ref Utf8JsonReader reader)
        {
            if (reader.TryGetInt64(out var whole)) return whole;
            var text = Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray());
            if (text.IndexOfAny(new[] { '.', 'e', 'E' }) < 0) return BigInteger.Parse(text, CultureInfo.InvariantCulture);
            return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        }
    }
}
