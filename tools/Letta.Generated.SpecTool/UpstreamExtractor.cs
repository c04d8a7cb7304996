using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace Letta.Generated.SpecTool
{
    /// <summary>
    /// Cuts the List Batches operation, and every schema it references (transitively), out of upstream's full
    /// OpenAPI document, verbatim, with a <c>_source</c> note saying where it came from (see <see cref="UpstreamOrigin"/>)
    /// and upstream's own <c>openapi</c>, <c>info</c> and <c>servers</c>. The input may also be such a copy already
    /// (it then carries those three in its <c>_source</c>), so a refresh from a copy of a known commit gives the same file.
    /// </summary>
    internal static class UpstreamExtractor
    {
        public const string BatchesPath = "/v1/messages/batches";
        public const string Method = "get";
        public const string DefaultNote = "verbatim extraction by tools/Letta.Generated.SpecTool refresh-upstream";
        private const string SchemaRefPrefix = "#/components/schemas/";
        private static readonly string[] DocumentKeys = { "openapi", "info", "servers" };

        public static JObject Extract(JObject document, UpstreamOrigin origin, string? note = null)
        {
            if (document["paths"]?[BatchesPath]?[Method] is not JObject operation)
            {
                throw new InvalidOperationException($"The document has no '{Method.ToUpperInvariant()} {BatchesPath}' operation.");
            }

            var copiedFrom = document["_source"] as JObject;
            if (origin.Commit is not null && (string?)copiedFrom?["commit"] is { } recorded && recorded != origin.Commit)
            {
                throw new InvalidOperationException($"The document is a copy of commit {recorded}, not {origin.Commit}.");
            }

            var allSchemas = document["components"]?["schemas"] as JObject ?? new JObject();
            var wanted = new HashSet<string>(StringComparer.Ordinal);
            CollectReferences(operation, allSchemas, wanted);

            var schemas = new JObject();
            foreach (var schema in allSchemas.Properties().Where(p => wanted.Contains(p.Name)))
            {
                schemas.Add(schema.Name, schema.Value.DeepClone());
            }

            var source = new JObject();
            origin.WriteTo(source);
            source["note"] = note ?? DefaultNote;
            foreach (var key in DocumentKeys)
            {
                if ((document[key] ?? copiedFrom?[key]) is { } value)
                {
                    source[key] = value.DeepClone();
                }
            }

            return new JObject
            {
                ["_source"] = source,
                ["paths"] = new JObject { [BatchesPath] = new JObject { [Method] = operation.DeepClone() } },
                ["components"] = new JObject { ["schemas"] = schemas },
            };
        }

        private static void CollectReferences(JToken token, JObject allSchemas, HashSet<string> wanted)
        {
            foreach (var reference in token.SelectTokens("$..['$ref']").Select(t => (string?)t))
            {
                if (reference is null || !reference.StartsWith(SchemaRefPrefix, StringComparison.Ordinal))
                {
                    continue;
                }

                var name = reference.Substring(SchemaRefPrefix.Length);
                if (!wanted.Add(name))
                {
                    continue;
                }

                var schema = allSchemas[name] ?? throw new InvalidOperationException($"'{reference}' is referenced but not defined.");
                CollectReferences(schema, allSchemas, wanted);
            }
        }
    }
}
