using System.Linq;
using System.Text.Json.Nodes;

namespace Letta.Generated.OpenApiPreparation
{
    /// <summary>
    /// A union of different JSON types (<c>anyOf: [string, integer]</c>, FastAPI's <c>loc</c> items; a 422
    /// <c>detail</c> that is a list or a string) becomes an untyped schema, read as <c>object</c> holding the
    /// JSON value as sent. NSwag makes a class of such a union that reads neither shape, and then every body
    /// holding one fails to deserialize. Unions of objects (<c>$ref</c>s) are left to NSwag.
    /// </summary>
    internal static class MixedTypeUnions
    {
        private static readonly string[] Unions = { "anyOf", "oneOf" };

        public static void Apply(JsonObject schema)
        {
            foreach (var union in Unions)
            {
                if (schema[union] is not JsonArray members || members.Count < 2) continue;
                var types = members.Select(m => m is JsonObject obj && obj["type"] is JsonValue t && t.TryGetValue(out string? type) ? type : null).ToList();
                if (types.All(t => t is not null && t != "object") && types.Distinct().Count() == members.Count)
                {
                    schema.Remove(union);
                }
            }
        }
    }
}
