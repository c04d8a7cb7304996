using System.Linq;
using System.Text.Json.Nodes;

namespace Letta.Generated.OpenApiPreparation
{
    /// <summary>
    /// A parameter's C# name is the camelCase of its wire name (<c>order_by</c> → <c>orderBy</c>), through
    /// NSwag's <c>x-originalName</c>; the wire name (<c>name</c>) is unchanged, so the query string is too.
    /// </summary>
    internal static class ParameterNames
    {
        public static void Apply(JsonObject document)
        {
            foreach (var operation in Operations.All(document))
            {
                foreach (var parameter in (operation["parameters"] as JsonArray ?? new JsonArray()).OfType<JsonObject>())
                {
                    if (parameter["name"] is JsonValue name && name.TryGetValue(out string? wireName) && parameter["x-originalName"] is null)
                    {
                        parameter["x-originalName"] = CSharpNames.Camel(wireName);
                    }
                }
            }
        }
    }
}
