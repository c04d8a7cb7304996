using System.Text.Json.Nodes;

namespace Letta.Generated.OpenApiPreparation
{
    /// <summary>
    /// An object with no declared properties whose values may be anything (<c>metadata</c>:
    /// <c>type: object, additionalProperties: true</c>) becomes a dictionary of nullable values, so it reads as
    /// <c>IDictionary&lt;string, object?&gt;</c>; NSwag would make it a bare <c>object</c>.
    /// </summary>
    internal static class FreeFormObjects
    {
        public static void Apply(JsonObject schema)
        {
            var isObject = schema["type"] is JsonValue type && type.TryGetValue(out string? name) && name == "object";
            var anyValues = schema["additionalProperties"] is JsonValue additional && additional.TryGetValue(out bool allowed) && allowed;
            if (isObject && anyValues && schema["properties"] is null)
            {
                schema["additionalProperties"] = new JsonObject { ["nullable"] = true };
            }
        }
    }
}
