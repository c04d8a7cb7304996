using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Letta.Generated.ContractTests.Support;
using Letta.Generated.Simulator;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NUnit.Framework;

namespace Letta.Generated.ContractTests
{
    /// <summary>
    /// Every JSON body the tests and the simulator serve obeys the checked-in fragment: a stub that drifts from the
    /// spec would let the client pass tests against a server that does not exist. 200 bodies are checked against the
    /// operation's 200 schema (array of BatchJob); every other JSON body against HttpValidationError, whose
    /// <c>detail</c> is a list or a string. Test data files named <c>*error*.json</c> are error bodies, the rest pages.
    /// </summary>
    [TestFixture]
    public sealed class StubsObeyTheSpecTests
    {
        private FragmentSchemas _schemas = null!;

        [OneTimeSetUp]
        public async Task LoadFragment() => _schemas = await FragmentSchemas.LoadAsync(Repository.Fragment);

        public static IEnumerable<TestCaseData> TestDataFiles() =>
            Directory.GetDirectories(Repository.Path("tests"))
                .Select(project => Path.Combine(project, "TestData"))
                .Where(Directory.Exists)
                .SelectMany(folder => Directory.GetFiles(folder, "*.json"))
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => new TestCaseData(Path.GetRelativePath(Repository.Root, f)).SetArgDisplayNames(Path.GetRelativePath(Repository.Root, f)));

        public static IEnumerable<TestCaseData> ValidSimulatorBodies() =>
            SimulatorBodies.Valid.Keys.Select(name => new TestCaseData(name).SetArgDisplayNames(name));

        public static IEnumerable<TestCaseData> BrokenSimulatorBodies() =>
            SimulatorBodies.Broken.Keys.Select(name => new TestCaseData(name).SetArgDisplayNames(name));

        [TestCaseSource(nameof(TestDataFiles))]
        public void Every_test_data_file_matches_the_fragment(string relativePath)
        {
            var entry = Manifest()[relativePath.Replace('\\', '/')];
            Assert.That(entry, Is.Not.Null, $"{relativePath} is not in tests/Letta.Generated.ContractTests/test-data-manifest.json: say whether it is a page or an error body.");
            var schema = (string?)entry!["body"] switch
            {
                "page" => _schemas.Page,
                "error" => _schemas.ValidationError,
                var other => throw new AssertionException($"{relativePath}: unknown body kind '{other}' in the manifest."),
            };
            var future = (entry["futureEnumValues"] as JArray ?? new JArray()).Select(p => $"{p}: NotInEnumeration").ToList();

            var errors = FragmentSchemas.Validate(schema, File.ReadAllText(Path.Combine(Repository.Root, relativePath)));
            Assert.That(errors.Except(future), Is.Empty, $"{relativePath} does not match openapi/letta-list-batches.openapi.json");
            Assert.That(future.Except(errors), Is.Empty, $"{relativePath}: the manifest lists future enum values the file no longer has (or the fragment now knows)");
        }

        [Test]
        public void Test_data_files_are_found_and_all_listed_in_the_manifest()
        {
            var files = TestDataFiles().Select(c => ((string)c.Arguments[0]!).Replace('\\', '/')).ToList();
            var listed = ((JObject)Manifest()).Properties().Select(p => p.Name).ToList();
            Assert.That(files, Has.Count.GreaterThanOrEqualTo(2), "tests/*/TestData/*.json should hold at least the two stub pages.");
            Assert.That(listed, Is.EquivalentTo(files), "test-data-manifest.json and tests/*/TestData/*.json disagree.");
        }

        private static JToken Manifest() =>
            JToken.Parse(File.ReadAllText(Repository.Path("tests", "Letta.Generated.ContractTests", "test-data-manifest.json")))["files"]!;

        [TestCaseSource(nameof(ValidSimulatorBodies))]
        public async Task Every_body_the_simulator_serves_matches_the_fragment(string scenario)
        {
            var body = await SimulatorBodies.Valid[scenario]();
            Assert.That(body.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(scenario.Substring(0, 3)), $"{scenario} served {body.Status}: {body.Json}");
            AssertMatches(body.Status == 200 ? _schemas.Page : _schemas.ValidationError, body.Json, scenario);
        }

        [TestCaseSource(nameof(BrokenSimulatorBodies))]
        public async Task Bodies_the_simulator_breaks_on_purpose_are_rejected(string fault)
        {
            var body = await SimulatorBodies.Broken[fault]();
            IReadOnlyList<string> errors;
            try
            {
                errors = FragmentSchemas.Validate(_schemas.Page, body.Json);
            }
            catch (Newtonsoft.Json.JsonException)
            {
                return; // not even JSON
            }

            Assert.That(errors, Is.Not.Empty, $"The page schema accepted a deliberately broken body: {body.Json}");
        }

        [Test]
        public void Every_simulator_fault_is_checked_or_declared_not_json()
        {
            var factories = typeof(SimulatedFault).GetMethods(BindingFlags.Public | BindingFlags.Static)
                .Where(m => m.ReturnType == typeof(SimulatedFault))
                .Select(m => m.Name)
                .Distinct()
                .ToList();
            var classified = SimulatorBodies.ValidFaults.Concat(SimulatorBodies.Broken.Keys).Concat(SimulatorBodies.NotJson).ToList();
            Assert.That(factories.Except(classified), Is.Empty, "A new SimulatedFault factory: add its body to SimulatorBodies (Valid, Broken or NotJson).");
        }

        [Test]
        public void The_string_detail_the_server_sends_is_accepted_and_other_shapes_are_not()
        {
            Assert.That(FragmentSchemas.Validate(_schemas.ValidationError, "{\"trace_id\":\"t\",\"detail\":\"[{'type': 'int_parsing'}]\"}"), Is.Empty);
            Assert.That(FragmentSchemas.Validate(_schemas.ValidationError, "{\"detail\":[{\"loc\":[\"query\",0],\"msg\":\"m\",\"type\":\"t\"}]}"), Is.Empty);
            Assert.That(FragmentSchemas.Validate(_schemas.ValidationError, "{\"detail\":42}"), Is.Not.Empty);
            Assert.That(FragmentSchemas.Validate(_schemas.ValidationError, "{\"detail\":[{\"msg\":\"no loc, no type\"}]}"), Is.Not.Empty);
        }

        [Test]
        public void A_batch_without_an_id_or_with_a_wrongly_typed_field_is_rejected()
        {
            Assert.That(FragmentSchemas.Validate(_schemas.Page, "[{\"status\":\"running\"}]"), Is.Not.Empty, "id is required");
            Assert.That(FragmentSchemas.Validate(_schemas.Page, "[{\"id\":\"job-0123abcd\",\"ttft_ns\":\"fast\"}]"), Is.Not.Empty, "ttft_ns is an integer");
            Assert.That(FragmentSchemas.Validate(_schemas.Page, "[{\"id\":\"job-0123abcd\",\"user_id\":\"user-1\",\"stop_reason\":null}]"), Is.Empty, "user_id is tolerated, stop_reason may be null");
        }

        private static void AssertMatches(JsonSchema schema, string json, string what)
        {
            var errors = FragmentSchemas.Validate(schema, json);
            Assert.That(errors, Is.Empty, $"{what} does not match openapi/letta-list-batches.openapi.json:\n{string.Join("\n", errors)}\nbody: {Excerpt(json)}");
        }

        private static string Excerpt(string json) => json.Length <= 2000 ? json : json.Substring(0, 2000) + "…";
    }
}
