using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace Letta.Generated.OpenApiPreparation
{
    /// <summary>The operation objects of a document's paths.</summary>
    internal static class Operations
    {
        private static readonly string[] Methods = { "get", "put", "post", "delete", "options", "head", "patch", "trace" };

        public static IEnumerable<JsonObject> All(JsonObject document) =>
            (document["paths"] as JsonObject ?? new JsonObject())
                .Select(path => path.Value)
                .OfType<JsonObject>()
                .SelectMany(path => Methods.Select(method => path[method]).OfType<JsonObject>());
    }
}
