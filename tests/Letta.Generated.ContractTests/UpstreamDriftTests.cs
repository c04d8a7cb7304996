using System;
using System.Linq;
using Letta.Generated.ContractTests.Support;
using Letta.Generated.SpecTool;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Letta.Generated.ContractTests
{
    /// <summary>
    /// The fragment against the pinned upstream copy, after both are reduced to wire-level facts (see
    /// <see cref="SpecFacts"/>): a field, parameter or enum value upstream has and the fragment lacks fails with a
    /// readable list; the deliberate differences pass only as documented in openapi/deviations.json.
    /// </summary>
    [TestFixture]
    public sealed class UpstreamDriftTests
    {
        [Test]
        public void The_fragment_matches_upstream_except_for_the_documented_deviations()
        {
            var report = SpecDrift.Compare(
                JsonFiles.Read(Repository.Upstream),
                JsonFiles.Read(Repository.Fragment),
                SpecDrift.LoadDeviations(JsonFiles.Read(Repository.Deviations)));
            Assert.That(report, Is.Empty, "\n" + report);
        }

        [Test]
        public void A_new_upstream_field_or_enum_value_is_reported_by_name()
        {
            var upstream = JsonFiles.Read(Repository.Upstream);
            var schemas = (JObject)upstream["components"]!["schemas"]!;
            ((JObject)schemas["BatchJob"]!["properties"]!).Add("priority", new JObject { ["type"] = "integer" });
            ((JArray)schemas["StopReasonType"]!["enum"]!).Add("out_of_coffee");

            var report = SpecDrift.Compare(upstream, JsonFiles.Read(Repository.Fragment), SpecDrift.LoadDeviations(JsonFiles.Read(Repository.Deviations)));

            Assert.That(report, Does.Contain("Upstream has these, the fragment lacks them"));
            Assert.That(report, Does.Contain("GET /v1/messages/batches response 200 application/json body[].priority: type = integer"));
            Assert.That(report, Does.Contain("GET /v1/messages/batches response 200 application/json body[].stop_reason: enum \"out_of_coffee\" = value"));
        }

        [Test]
        public void Style_only_differences_normalise_away()
        {
            // 3.1 anyOf-null, a type array, and 3.0 nullable with allOf and an int64 format all say the same thing.
            JObject Document(JObject schema) => new()
            {
                ["paths"] = new JObject { ["/x"] = new JObject { ["get"] = new JObject { ["responses"] = new JObject { ["200"] = new JObject
                {
                    ["content"] = new JObject { ["application/json"] = new JObject { ["schema"] = schema } },
                } } } } },
                ["components"] = new JObject { ["schemas"] = new JObject { ["E"] = new JObject { ["type"] = "string", ["enum"] = new JArray("a") } } },
            };

            var anyOfNull = SpecFacts.Of(Document(JObject.Parse("{\"properties\":{\"n\":{\"anyOf\":[{\"type\":\"integer\"},{\"type\":\"null\"}]},\"e\":{\"anyOf\":[{\"$ref\":\"#/components/schemas/E\"},{\"type\":\"null\"}]}}}")));
            var typeArray = SpecFacts.Of(Document(JObject.Parse("{\"type\":\"object\",\"properties\":{\"n\":{\"type\":[\"integer\",\"null\"]},\"e\":{\"type\":\"string\",\"const\":\"a\"}}}")));
            var nullable = SpecFacts.Of(Document(JObject.Parse("{\"type\":\"object\",\"properties\":{\"n\":{\"type\":\"integer\",\"format\":\"int64\",\"nullable\":true},\"e\":{\"allOf\":[{\"$ref\":\"#/components/schemas/E\"}],\"nullable\":true}}}")));

            Assert.That(typeArray, Is.EquivalentTo(anyOfNull));
            Assert.That(nullable, Is.EquivalentTo(anyOfNull));
        }

        [Test]
        public void Every_documented_deviation_gives_a_reason()
        {
            var deviations = SpecDrift.LoadDeviations(JsonFiles.Read(Repository.Deviations));
            Assert.That(deviations, Is.Not.Empty);
            Assert.That(deviations.Where(d => d.Reason.Trim().Length < 20).Select(d => d.Fact), Is.Empty, "Each deviation needs a real reason.");
            Assert.That(deviations.GroupBy(d => d.Fact).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty, "A fact is listed twice.");
        }

        [Test]
        public void Refreshing_from_a_full_upstream_document_keeps_only_list_batches_and_the_schemas_it_references()
        {
            var pinned = JsonFiles.Read(Repository.Upstream);
            var full = new JObject
            {
                ["openapi"] = "3.1.0",
                ["info"] = new JObject { ["title"] = "Letta API", ["version"] = "9.9.9" },
                ["paths"] = pinned["paths"]!.DeepClone(),
                ["components"] = pinned["components"]!.DeepClone(),
            };
            // What a full document has besides: the POST on the same path, another path, an unrelated schema.
            full["paths"]!["/v1/messages/batches"]!["post"] = new JObject { ["operationId"] = "create_batch", ["responses"] = new JObject() };
            full["paths"]!["/v1/agents/"] = new JObject { ["get"] = new JObject { ["operationId"] = "list_agents", ["responses"] = new JObject() } };
            ((JObject)full["components"]!["schemas"]!).Add("AgentState", new JObject { ["type"] = "object" });

            var source = "https://raw.githubusercontent.com/letta-ai/letta/0123456789abcdef0123456789abcdef01234567/fern/openapi.json";
            var extracted = UpstreamExtractor.Extract(full, source, new DateTimeOffset(2026, 4, 1, 12, 0, 0, TimeSpan.Zero));

            Assert.That(JToken.DeepEquals(extracted["paths"], pinned["paths"]), Is.True, "paths");
            Assert.That(JToken.DeepEquals(extracted["components"], pinned["components"]), Is.True, "components");
            Assert.That((string?)extracted["_source"]!["commit"], Is.EqualTo("0123456789abcdef0123456789abcdef01234567"));
            Assert.That((string?)extracted["_source"]!["path"], Is.EqualTo("fern/openapi.json"));
            Assert.That((string?)extracted["_source"]!["retrieved_at"], Is.EqualTo("2026-04-01T12:00:00Z"));
            Assert.That((string?)extracted["_source"]!["info"]!["version"], Is.EqualTo("9.9.9"));
        }
    }
}
