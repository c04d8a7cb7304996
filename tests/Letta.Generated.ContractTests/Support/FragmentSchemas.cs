using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NJsonSchema;
using NJsonSchema.Validation;
using NSwag;
using SchemaError = NJsonSchema.Validation.ValidationError;

namespace Letta.Generated.ContractTests.Support
{
    /// <summary>
    /// The fragment's response schemas as the fragment writes them (upstream's OpenAPI 3.1 spelling: null is allowed
    /// where an <c>anyOf</c> has a <c>{"type": "null"}</c> member), read by NSwag's document reader and ready to
    /// validate JSON bodies with NJsonSchema. Not the build's prepared copy: that one is rewritten for code generation
    /// (a mixed-type union there is untyped, so it would accept a <c>detail</c> of 42).
    /// </summary>
    internal sealed class FragmentSchemas
    {
        private FragmentSchemas(OpenApiDocument document)
        {
            Document = document;
            var operation = document.Paths["/v1/messages/batches"]["get"];
            Page = operation.Responses["200"].Content["application/json"].Schema;
            ValidationError = operation.Responses["422"].Content["application/json"].Schema;
        }

        public OpenApiDocument Document { get; }

        /// <summary>The 200 body: a bare array of BatchJob.</summary>
        public JsonSchema Page { get; }

        /// <summary>
        /// The 422 body, HttpValidationError. Letta's other error bodies (400, 401, 404, 409, 429, 500) are FastAPI's
        /// same <c>{"detail": …}</c> object, which the fragment declares only here, so they are checked against it too.
        /// </summary>
        public JsonSchema ValidationError { get; }

        public static async Task<FragmentSchemas> LoadAsync(string path) => new(await OpenApiDocument.FromFileAsync(path).ConfigureAwait(false));

        /// <summary>The schema of one component, such as <c>#/components/schemas/BatchJob</c>.</summary>
        public JsonSchema Component(string name) => Document.Components.Schemas[name];

        public static IReadOnlyList<string> Validate(JsonSchema schema, string json)
        {
            var errors = schema.Validate(json, SchemaType.OpenApi3);
            return errors.SelectMany(Flatten).ToList();
        }

        // Leaf errors only, as "path: kind", such as "#/[13].stop_reason: NotInEnumeration". When a value matches no
        // member of an anyOf/oneOf, the null member's complaint (NullExpected) is left out: "or null" is how 3.1 says
        // nullable, and the value was not null.
        private static IEnumerable<string> Flatten(SchemaError error)
        {
            if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
            {
                var members = child.Errors.Where(e => !(e.Key.Type == JsonObjectType.Null && child.Errors.Count > 1));
                return members.SelectMany(e => e.Value).SelectMany(Flatten);
            }

            return new[] { $"{error.Path}: {error.Kind}" };
        }
    }
}
