using System.Text.Json.Nodes;

namespace Letta.Generated.OpenApiPreparation
{
    /// <summary><c>const: v</c> → <c>enum: [v]</c>: NSwag ignores a lone <c>const</c> and generates a plain string.</summary>
    internal static class ConstToEnum
    {
        public static void Apply(JsonObject schema)
        {
            if (!schema.ContainsKey("const") || schema.ContainsKey("enum")) return;
            var value = schema["const"]?.DeepClone();
            schema.Remove("const");
            schema["enum"] = new JsonArray(value);
        }
    }
}
