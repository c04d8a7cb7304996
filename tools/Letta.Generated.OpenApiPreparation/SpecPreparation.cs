using System;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Letta.Generated.OpenApiPreparation
{
    /// <summary>
    /// Turns the fragment, written as upstream writes it (FastAPI's OpenAPI 3.1: <c>anyOf</c> with null,
    /// <c>const</c>, snake_case names, format-less integers), into the spelling NSwag reads well. Only the
    /// spelling changes: what is valid on the wire stays as the fragment says. Every rule is generic, so an
    /// operation, parameter, field or enum value pasted from upstream generates idiomatic C# with no hand edit.
    /// </summary>
    internal static class SpecPreparation
    {
        // Relaxed escaping keeps the prepared copy readable ('asc', not \u0027asc\u0027) when a build error points at it.
        private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        public static string Prepare(string fragmentJson)
        {
            var document = JsonNode.Parse(fragmentJson) as JsonObject
                ?? throw new InvalidOperationException("the fragment is not a JSON object");

            // Order matters: names are fixed before schemas are rewritten, and the null unions are unwrapped
            // before the rules that look at a schema's own type and enum.
            TypeNames.Apply(document);
            OperationNames.Apply(document);
            ParameterNames.Apply(document);
            foreach (var schema in SchemaWalker.All(document))
            {
                NullableUnions.Apply(schema);
            }

            foreach (var schema in SchemaWalker.All(document))
            {
                ConstToEnum.Apply(schema);
                MixedTypeUnions.Apply(schema);
                FreeFormObjects.Apply(schema);
                IntegerWidth.Apply(schema);
                EnumMemberNames.Apply(schema);
                Examples.Apply(schema);
            }

            // After the schema rules, so the hoisted copy carries its x-enumNames, and before NSwag names a type after a wire name.
            ParameterEnums.Apply(document);
            OpenApiVersion.Apply(document);
            return document.ToJsonString(Indented) + "\n";
        }
    }
}
