using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace Letta.Generated.SpecTool
{
    /// <summary>
    /// Cuts the List Batches operation, and every schema it references (transitively), out of upstream's full
    /// OpenAPI document, verbatim, with a <c>_source</c> note saying where and when it came from.
    /// </summary>
    internal static class UpstreamExtractor
    {
        public const string BatchesPath = "/v1/messages/batches";
        public const string Method = "get";
        private const string SchemaRefPrefix = "#/components/schemas/";

        private static readonly Regex RawGitHubUrl = new(
            @"^https://raw\.githubusercontent\.com/(?<repo>[^/]+/[^/]+)/(?<commit>[^/]+)/(?<path>.+)$",
            RegexOptions.CultureInvariant);

        public static JObject Extract(JObject document, string source, DateTimeOffset retrievedAt, string? note = null)
        {
            if (document["paths"]?[BatchesPath]?[Method] is not JObject operation)
            {
                throw new InvalidOperationException($"The document has no '{Method.ToUpperInvariant()} {BatchesPath}' operation.");
            }

            var allSchemas = document["components"]?["schemas"] as JObject ?? new JObject();
            var wanted = new HashSet<string>(StringComparer.Ordinal);
            CollectReferences(operation, allSchemas, wanted);

            var schemas = new JObject();
            foreach (var schema in allSchemas.Properties().Where(p => wanted.Contains(p.Name)))
            {
                schemas.Add(schema.Name, schema.Value.DeepClone());
            }

            return new JObject
            {
                ["_source"] = SourceNote(document, source, retrievedAt, note),
                ["paths"] = new JObject { [BatchesPath] = new JObject { [Method] = operation.DeepClone() } },
                ["components"] = new JObject { ["schemas"] = schemas },
            };
        }

        private static JObject SourceNote(JObject document, string source, DateTimeOffset retrievedAt, string? note)
        {
            var result = new JObject();
            var github = RawGitHubUrl.Match(source);
            if (github.Success)
            {
                result["repo"] = github.Groups["repo"].Value;
                result["commit"] = github.Groups["commit"].Value;
                result["path"] = github.Groups["path"].Value;
            }

            result["from"] = source;
            result["retrieved_at"] = retrievedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            result["note"] = note ?? "verbatim extraction by tools/Letta.Generated.SpecTool refresh-upstream";
            foreach (var key in new[] { "openapi", "info", "servers" })
            {
                if (document[key] is { } value)
                {
                    result[key] = value.DeepClone();
                }
            }

            return result;
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
