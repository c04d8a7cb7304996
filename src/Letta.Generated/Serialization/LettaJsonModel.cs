using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Letta.Generated
{
    /// <summary>Reads one JSON value with a generated, straight-line reader.</summary>
    /// <param name="reader">Positioned on the value's first token; left on its last.</param>
    /// <param name="source">The whole input the reader was created over, or empty when unknown (inside a converter).</param>
    internal delegate T ReadJsonValue<T>(ref Utf8JsonReader reader, ReadOnlySpan<byte> source);

    /// <summary>
    /// The generated reader for a body type, found without reflection: each generated model registers itself, its
    /// list types and nothing else when the library loads (a module initializer in
    /// <c>openapi/templates/Letta.Class.JsonConverters.liquid</c>), so the client reads a response of any generated
    /// type, a new schema's too, with no hand edit.
    /// </summary>
    internal static class LettaJsonModel<T>
    {
        /// <summary>The reader, or null for a type no template generated (read by Newtonsoft's serializer instead).</summary>
        public static ReadJsonValue<T>? Read { get; set; }
    }

    /// <summary>What the generated readers share.</summary>
    internal static class LettaJsonModels
    {
        /// <summary>Registers a model's reader for the model and for the list types a response may be declared as.</summary>
        public static void Register<TModel>(ReadJsonValue<TModel> read)
            where TModel : class
        {
            LettaJsonModel<TModel>.Read = read;
            LettaJsonModel<List<TModel>>.Read = (ref Utf8JsonReader reader, ReadOnlySpan<byte> source) => ReadList(ref reader, source, read);
            LettaJsonModel<IReadOnlyList<TModel>>.Read = (ref Utf8JsonReader reader, ReadOnlySpan<byte> source) => ReadList(ref reader, source, read);
        }

        /// <summary>Reads a JSON array of one model; a failure names the item (<c>[3].created_at</c>).</summary>
        public static List<TModel> ReadList<TModel>(ref Utf8JsonReader reader, ReadOnlySpan<byte> source, ReadJsonValue<TModel> read)
        {
            if (reader.TokenType != JsonTokenType.StartArray) throw LettaJsonFields.Unexpected(ref reader, "a JSON array");
            var items = new List<TModel>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                try
                {
                    items.Add(read(ref reader, source));
                }
                catch (JsonException exception)
                {
                    throw LettaJsonFields.Within("[" + items.Count + "]", exception);
                }
            }

            return items;
        }
    }
}
