using System;
using System.Linq;
using Letta.Generated.ContractTests.Support;
using Letta.Generated.SpecTool;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Letta.Generated.ContractTests
{
    /// <summary>
    /// The fragment against the pinned upstream copy. Two checks read openapi/deviations.json: the wire-level facts
    /// (see <see cref="SpecFacts"/>) differ only as its <c>wire</c> entries say, and every place where the fragment's
    /// text differs from upstream's lies under one of its entries' pointers, each of which still points at a
    /// difference. A field, parameter or enum value upstream has and the fragment lacks fails with a readable list.
    /// </summary>
    [TestFixture]
    public sealed class UpstreamDriftTests
    {
        private const string Page = "GET /v1/messages/batches response 200 application/json body[]";

        private static DeviationsFile Deviations() => DeviationsFile.Load(JsonFiles.Read(Repository.Deviations));

        [Test]
        public void The_fragment_differs_from_upstream_on_the_wire_only_as_deviations_json_declares()
        {
            var report = SpecDrift.Compare(JsonFiles.Read(Repository.Upstream), JsonFiles.Read(Repository.Fragment), Deviations().Wire);
            Assert.That(report, Is.Empty, "\n" + report);
        }

        [Test]
        public void Every_difference_in_the_fragments_text_is_declared_in_deviations_json_and_every_entry_still_holds()
        {
            var report = DocumentDifferences.Compare(JsonFiles.Read(Repository.Upstream), JsonFiles.Read(Repository.Fragment), Deviations());
            Assert.That(report, Is.Empty, "\n" + report);
        }

        [Test]
        public void A_new_upstream_field_or_enum_value_is_reported_by_name()
        {
            // Generated names: upstream can never have them, so this test cannot break when upstream grows a real field.
            var field = "contract_probe_" + Guid.NewGuid().ToString("N");
            var stopReason = "contract_probe_" + Guid.NewGuid().ToString("N");
            var upstream = JsonFiles.Read(Repository.Upstream);
            var schemas = (JObject)upstream["components"]!["schemas"]!;
            ((JObject)schemas["BatchJob"]!["properties"]!).Add(field, JObject.Parse("{\"anyOf\":[{\"type\":\"integer\"},{\"type\":\"null\"}]}"));
            ((JArray)schemas["StopReasonType"]!["enum"]!).Add(stopReason);

            var report = SpecDrift.Compare(upstream, JsonFiles.Read(Repository.Fragment), Deviations().Wire);

            Assert.That(report, Does.Contain("Upstream has these, the fragment lacks them"));
            Assert.That(report, Does.Contain($"{Page}.{field}: type = integer"));
            Assert.That(report, Does.Contain($"{Page}.{field}: null = allowed"));
            Assert.That(report, Does.Contain($"{Page}.stop_reason: enum \"{stopReason}\" = value"));
        }

        [Test]
        public void Allowing_null_where_upstream_does_not_is_a_wire_difference()
        {
            // Upstream against a copy of itself whose status also allows null: the copy "has" the null fact.
            var upstream = JsonFiles.Read(Repository.Upstream);
            var nullable = (JObject)upstream.DeepClone();
            var properties = (JObject)nullable["components"]!["schemas"]!["BatchJob"]!["properties"]!;
            properties["status"] = new JObject
            {
                ["anyOf"] = new JArray(new JObject { ["$ref"] = properties["status"]!["$ref"]!.DeepClone() }, new JObject { ["type"] = "null" }),
            };

            var report = SpecDrift.Compare(upstream, nullable, Array.Empty<WireDeviation>());

            Assert.That(report, Does.Contain("The fragment has these, upstream lacks them:"));
            Assert.That(report, Does.Contain("  " + Page + ".status: null = allowed"));
        }

        [Test]
        public void Style_only_differences_normalise_away()
        {
            // 3.1 anyOf-null, type arrays with null, and 3.0 nullable with allOf and an int64 format all say the same thing.
            JObject Document(JObject schema) => new()
            {
                ["paths"] = new JObject
                {
                    ["/x"] = new JObject
                    {
                        ["get"] = new JObject
                        {
                            ["responses"] = new JObject
                            {
                                ["200"] = new JObject
                                {
                                    ["content"] = new JObject { ["application/json"] = new JObject { ["schema"] = schema } },
                                }
                            }
                        }
                    }
                },
                ["components"] = new JObject { ["schemas"] = new JObject { ["E"] = new JObject { ["type"] = "string", ["enum"] = new JArray("a") } } },
            };

            var anyOfNull = SpecFacts.Of(Document(JObject.Parse("{\"properties\":{\"n\":{\"anyOf\":[{\"type\":\"integer\"},{\"type\":\"null\"}]},\"e\":{\"anyOf\":[{\"$ref\":\"#/components/schemas/E\"},{\"type\":\"null\"}]},\"c\":{\"const\":\"a\",\"type\":\"string\"}}}")));
            var typeArray = SpecFacts.Of(Document(JObject.Parse("{\"type\":\"object\",\"properties\":{\"n\":{\"type\":[\"integer\",\"null\"]},\"e\":{\"type\":[\"string\",\"null\"],\"enum\":[\"a\",null]},\"c\":{\"type\":\"string\",\"enum\":[\"a\"]}}}")));
            var nullable = SpecFacts.Of(Document(JObject.Parse("{\"type\":\"object\",\"properties\":{\"n\":{\"type\":\"integer\",\"format\":\"int64\",\"nullable\":true},\"e\":{\"allOf\":[{\"$ref\":\"#/components/schemas/E\"}],\"nullable\":true},\"c\":{\"$ref\":\"#/components/schemas/E\"}}}")));

            Assert.That(anyOfNull, Does.ContainKey("GET /x response 200 application/json body.e: null"));
            Assert.That(anyOfNull, Does.Not.ContainKey("GET /x response 200 application/json body.c: null"));
            Assert.That(typeArray, Is.EquivalentTo(anyOfNull));
            Assert.That(nullable, Is.EquivalentTo(anyOfNull));
        }

        [Test]
        public void An_undeclared_edit_of_the_fragments_text_is_reported_with_its_pointer()
        {
            var fragment = JsonFiles.Read(Repository.Fragment);
            fragment["components"]!["schemas"]!["BatchJob"]!["properties"]!["ttft_ns"]!["description"] = "Time to first token, reworded.";
            ((JObject)fragment["components"]!["schemas"]!["BatchJob"]!["properties"]!["total_duration_ns"]!["anyOf"]![0]!).Add("format", "int64");

            var report = DocumentDifferences.Compare(JsonFiles.Read(Repository.Upstream), fragment, Deviations());

            Assert.That(report, Does.Contain("no entry of openapi/deviations.json declares it"));
            Assert.That(report, Does.Contain("/components/schemas/BatchJob/properties/ttft_ns/description: fragment \"Time to first token, reworded.\", upstream \"Time to first token for a run in nanoseconds\""));
            Assert.That(report, Does.Contain("/components/schemas/BatchJob/properties/total_duration_ns/anyOf/0/format: fragment \"int64\", upstream (absent)"));
        }

        [Test]
        public void An_entry_whose_difference_is_gone_or_changed_is_reported_as_no_longer_holding()
        {
            var fragment = JsonFiles.Read(Repository.Fragment);
            // The fragment now says what upstream says (app.letta.com), drops limit's int32, and widens callback_status_code.
            fragment["servers"]![0]!["url"] = "https://app.letta.com";
            ((JObject)fragment["paths"]!["/v1/messages/batches"]!["get"]!["parameters"]![2]!["schema"]!["anyOf"]![0]!).Remove("format");
            fragment["components"]!["schemas"]!["BatchJob"]!["properties"]!["callback_status_code"]!["anyOf"]![0]!["format"] = "int64";

            var report = DocumentDifferences.Compare(JsonFiles.Read(Repository.Upstream), fragment, Deviations());

            Assert.That(report, Does.Contain("Entries of openapi/deviations.json that no longer hold"));
            Assert.That(report, Does.Contain("/servers/0/url (spelling): the fragment now says what upstream says: \"https://app.letta.com\""));
            Assert.That(report, Does.Contain("/paths/~1v1~1messages~1batches/get/parameters/2/schema/anyOf/0/format (spelling): points at nothing in either document"));
            Assert.That(report, Does.Contain("/components/schemas/BatchJob/properties/callback_status_code/anyOf/0/format (spelling): declared \"int32\", the fragment has \"int64\""));
        }

        [Test]
        public void Every_deviation_gives_a_reason_and_a_pointer_into_the_fragment()
        {
            var deviations = Deviations();
            Assert.That(deviations.Wire, Is.Not.Empty);
            Assert.That(deviations.Spelling, Is.Not.Empty);
            Assert.That(deviations.Reasons.Where(r => r.Trim().Length < 20), Is.Empty, "Each deviation needs a real reason.");
            Assert.That(deviations.Wire.GroupBy(d => d.Fact).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty, "A fact is listed twice.");
            Assert.That(deviations.Places.Where(p => JsonPointer.Resolve(JsonFiles.Read(Repository.Fragment), p.Pointer) is null).Select(p => p.Pointer), Is.Empty,
                "Every entry points at something the fragment has.");
        }
    }
}
