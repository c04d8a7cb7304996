using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace Letta.Generated.OpenApiPreparation
{
    /// <summary>Every schema object of a document: components, parameters, request and response bodies, and all they nest.</summary>
    internal static class SchemaWalker
    {
        private static readonly string[] Nested = { "items", "additionalProperties", "not" };
        private static readonly string[] Lists = { "allOf", "anyOf", "oneOf", "prefixItems" };

        public static IReadOnlyList<JsonObject> All(JsonObject document)
        {
            var found = new List<JsonObject>();
            if (document["components"]?["schemas"] is JsonObject components)
            {
                foreach (var schema in components.Select(p => p.Value).OfType<JsonObject>()) Visit(schema, found);
            }

            foreach (var operation in Operations.All(document))
            {
                foreach (var parameter in (operation["parameters"] as JsonArray ?? new JsonArray()).OfType<JsonObject>())
                {
                    if (parameter["schema"] is JsonObject schema) Visit(schema, found);
                }

                foreach (var media in Content(operation["requestBody"]))
                {
                    Visit(media, found);
                }

                foreach (var response in (operation["responses"] as JsonObject ?? new JsonObject()).Select(r => r.Value))
                {
                    foreach (var media in Content(response)) Visit(media, found);
                }
            }

            return found;
        }

        private static IEnumerable<JsonObject> Content(JsonNode? holder) =>
            (holder?["content"] as JsonObject ?? new JsonObject()).Select(m => m.Value?["schema"]).OfType<JsonObject>();

        private static void Visit(JsonObject schema, List<JsonObject> found)
        {
            found.Add(schema);
            foreach (var key in Nested)
            {
                if (schema[key] is JsonObject child) Visit(child, found);
            }

            foreach (var key in Lists)
            {
                foreach (var child in (schema[key] as JsonArray ?? new JsonArray()).OfType<JsonObject>()) Visit(child, found);
            }

            foreach (var property in (schema["properties"] as JsonObject ?? new JsonObject()).Select(p => p.Value).OfType<JsonObject>())
            {
                Visit(property, found);
            }
        }
    }
}
