using System;
using System.Linq;
using System.Text.Json.Nodes;

namespace Letta.Generated.OpenApiPreparation
{
    /// <summary>
    /// String enums get <c>x-enumNames</c> in PascalCase (<c>end_turn</c> → <c>EndTurn</c>), unless the fragment
    /// names every value itself; NSwag would keep the underscores (<c>End_turn</c>).
    /// </summary>
    internal static class EnumMemberNames
    {
        public static void Apply(JsonObject schema)
        {
            if (schema["enum"] is not JsonArray values) return;
            if (schema["x-enumNames"] is JsonArray given && given.Count == values.Count) return;

            var names = values.Select(v => v is JsonValue value && value.TryGetValue(out string? s) ? CSharpNames.Pascal(s) : null).ToList();
            if (names.Any(n => string.IsNullOrEmpty(n))) return; // not a string enum: NSwag's own names stand
            var duplicate = names.GroupBy(n => n).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null) throw new InvalidOperationException($"two enum values would generate the member name {duplicate.Key}");
            schema["x-enumNames"] = new JsonArray(names.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray());
        }
    }
}
