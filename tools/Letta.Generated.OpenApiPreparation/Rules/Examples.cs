using System.Text.Json.Nodes;

namespace Letta.Generated.OpenApiPreparation
{
    /// <summary>3.1's <c>examples</c> array on a schema becomes 3.0's single <c>example</c>, which NJsonSchema reads.</summary>
    internal static class Examples
    {
        public static void Apply(JsonObject schema)
        {
            if (schema["examples"] is not JsonArray examples) return;
            schema.Remove("examples");
            if (examples.Count > 0 && !schema.ContainsKey("example")) schema["example"] = examples[0]?.DeepClone();
        }
    }
}
