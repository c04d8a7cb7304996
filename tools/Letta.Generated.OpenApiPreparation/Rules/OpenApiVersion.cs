using System;
using System.Text.Json.Nodes;

namespace Letta.Generated.OpenApiPreparation
{
    /// <summary>The prepared copy is OpenAPI 3.0 (every 3.1 spelling NSwag misreads has been rewritten by then).</summary>
    internal static class OpenApiVersion
    {
        public static void Apply(JsonObject document)
        {
            if (document["openapi"] is JsonValue version && version.TryGetValue(out string? v) && v.StartsWith("3.1", StringComparison.Ordinal))
            {
                document["openapi"] = "3.0.3";
            }
        }
    }
}
