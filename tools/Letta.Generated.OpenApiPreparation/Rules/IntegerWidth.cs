using System.Text.Json.Nodes;

namespace Letta.Generated.OpenApiPreparation
{
    /// <summary>
    /// An <c>integer</c> without a format becomes <c>int64</c>: NSwag makes it <c>int</c>, and the server's integers
    /// are Python's, unbounded (<c>total_duration_ns</c> passes 2^31 at two seconds). A fragment that wants
    /// <c>int</c> says <c>format: int32</c>.
    /// </summary>
    internal static class IntegerWidth
    {
        public static void Apply(JsonObject schema)
        {
            if (schema["type"] is JsonValue type && type.TryGetValue(out string? name) && name == "integer" && !schema.ContainsKey("format"))
            {
                schema["format"] = "int64";
            }
        }
    }
}
