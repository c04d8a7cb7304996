using System;
using System.Linq;
using System.Text.Json.Nodes;

namespace Letta.Generated.OpenApiPreparation
{
    /// <summary>
    /// An enum written inline in a parameter (upstream's <c>order</c>, <c>order_by</c>) becomes a named component,
    /// named after its <c>title</c> (else the parameter): NSwag would name the type after the wire name as it
    /// stands (<c>Order_by</c>). Runs after the null unions are unwrapped and <c>const</c> became <c>enum</c>.
    /// </summary>
    internal static class ParameterEnums
    {
        private const string Prefix = "#/components/schemas/";

        public static void Apply(JsonObject document)
        {
            foreach (var operation in Operations.All(document))
            {
                foreach (var parameter in (operation["parameters"] as JsonArray ?? new JsonArray()).OfType<JsonObject>())
                {
                    if (parameter["schema"] is not JsonObject schema || schema["enum"] is null) continue;
                    var title = (string?)schema["title"] ?? (string?)parameter["name"] ?? "Value";
                    var name = CSharpNames.Pascal(title);
                    var components = Components(document);
                    if (components[name] is JsonObject existing && !JsonNode.DeepEquals(existing["enum"], schema["enum"]))
                    {
                        throw new InvalidOperationException($"parameter '{parameter["name"]}' has an inline enum whose type name {name} is taken; give it another title");
                    }

                    components[name] ??= schema.DeepClone();
                    var reference = new JsonObject { ["$ref"] = Prefix + name };
                    foreach (var key in new[] { "description", "default", "nullable" })
                    {
                        if (schema[key] is { } value) reference[key] = value.DeepClone();
                    }

                    parameter["schema"] = reference;
                }
            }
        }

        private static JsonObject Components(JsonObject document)
        {
            var components = document["components"] as JsonObject ?? (JsonObject)(document["components"] = new JsonObject());
            return components["schemas"] as JsonObject ?? (JsonObject)(components["schemas"] = new JsonObject());
        }
    }
}
