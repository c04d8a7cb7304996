using System.Linq;
using System.Text.Json.Nodes;

namespace Letta.Generated.OpenApiPreparation
{
    /// <summary>
    /// OpenAPI 3.1's ways of saying "or null" become 3.0's <c>nullable: true</c>: <c>anyOf</c>/<c>oneOf</c> with a
    /// <c>{"type": "null"}</c> member, and <c>type: [T, "null"]</c>. NSwag turns the 3.1 forms into an empty
    /// wrapper class per field (a parameter <c>agent_id</c> would get a type <c>Agent_id</c>). A <c>$ref</c> plus
    /// null becomes <c>allOf: [$ref]</c> + <c>nullable</c>, the 3.0 way to keep the named type.
    /// </summary>
    internal static class NullableUnions
    {
        private static readonly string[] Unions = { "anyOf", "oneOf" };

        public static void Apply(JsonObject schema)
        {
            if (schema["type"] is JsonArray types && types.Any(IsNullType))
            {
                var rest = types.Where(t => !IsNullType(t)).Select(t => t!.DeepClone()).ToList();
                schema["type"] = rest.Count == 1 ? rest[0] : new JsonArray(rest.ToArray());
                schema["nullable"] = true;
            }

            foreach (var union in Unions)
            {
                if (schema[union] is not JsonArray members || !members.Any(IsNullSchema)) continue;
                var rest = members.Where(m => !IsNullSchema(m)).Select(m => m!.DeepClone()).OfType<JsonObject>().ToList();
                schema.Remove(union);
                schema["nullable"] = true;
                if (rest.Count != 1)
                {
                    schema[union] = new JsonArray(rest.ToArray<JsonNode?>());
                    continue;
                }

                var only = rest[0];
                if (only.ContainsKey("$ref"))
                {
                    schema["allOf"] = new JsonArray(only);
                    continue;
                }

                // The member's own keys (type, format, items, ...) move up; the outer description and title win.
                foreach (var (key, value) in only.ToList())
                {
                    only.Remove(key);
                    if (!schema.ContainsKey(key)) schema[key] = value;
                }
            }
        }

        private static bool IsNullType(JsonNode? type) => type is JsonValue v && v.TryGetValue(out string? s) && s == "null";

        private static bool IsNullSchema(JsonNode? member) =>
            member is JsonObject obj && obj.Count == 1 && IsNullType(obj["type"]);
    }
}
