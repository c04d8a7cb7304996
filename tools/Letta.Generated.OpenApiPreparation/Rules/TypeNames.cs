using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace Letta.Generated.OpenApiPreparation
{
    /// <summary>
    /// Component schema names become .NET type names (<c>HTTPValidationError</c> → <c>HttpValidationError</c>),
    /// and every <c>$ref</c> follows. NSwag names a class after its key as it stands.
    /// </summary>
    internal static class TypeNames
    {
        private const string Prefix = "#/components/schemas/";

        public static void Apply(JsonObject document)
        {
            if (document["components"]?["schemas"] is not JsonObject schemas) return;
            var renames = schemas
                .Select(p => p.Key)
                .Where(key => CSharpNames.Pascal(key) != key)
                .ToDictionary(key => key, CSharpNames.Pascal);
            if (renames.Count == 0) return;

            foreach (var (from, to) in renames)
            {
                if (schemas.ContainsKey(to)) throw new InvalidOperationException($"schemas '{from}' and '{to}' would generate the same type name");
            }

            var renamed = new JsonObject();
            foreach (var (key, value) in schemas.ToList())
            {
                schemas.Remove(key);
                renamed[renames.TryGetValue(key, out var to) ? to : key] = value;
            }

            document["components"]!["schemas"] = renamed;
            RewriteRefs(document, renames);
        }

        private static void RewriteRefs(JsonNode? node, IReadOnlyDictionary<string, string> renames)
        {
            switch (node)
            {
                case JsonObject obj:
                    if (obj["$ref"] is JsonValue reference && reference.TryGetValue(out string? target)
                        && target.StartsWith(Prefix, StringComparison.Ordinal)
                        && renames.TryGetValue(target.Substring(Prefix.Length), out var to))
                    {
                        obj["$ref"] = Prefix + to;
                    }

                    foreach (var child in obj.Select(p => p.Value).ToList()) RewriteRefs(child, renames);
                    break;
                case JsonArray array:
                    foreach (var child in array.ToList()) RewriteRefs(child, renames);
                    break;
            }
        }
    }
}
