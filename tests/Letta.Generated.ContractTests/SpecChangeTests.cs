using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Runtime.Loader;
using Letta.Generated.ContractTests.Support;
using Letta.Generated.SpecTool;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Letta.Generated.ContractTests
{
    /// <summary>
    /// A change to the fragment alone reaches users: on a copy of the repository (what the library's build needs,
    /// reusing the NuGet cache), the fragment gains, written as upstream writes OpenAPI 3.1, a query parameter
    /// <c>agent_id</c> on the list operation, a BatchJob field, a stop reason and the operation <c>GET
    /// /v1/messages/batches/{batch_id}</c>. Nothing else is edited. The library builds once (net10.0); a consumer
    /// program (SpecChange/Consumer) builds once against it, and runs against WireMock stubs on loopback; and the public
    /// API of the regenerated assembly differs from this build's by exactly the new members.
    /// </summary>
    [TestFixture]
    [Category("Slow")]
    [NonParallelizable]
    public sealed class SpecChangeTests
    {
        // Names no Letta server will ever use: they name this project, which upstream does not know of.
        private const string ProbeField = "letta_generated_probe_count";
        private const string ProbeStopReason = "letta_generated_probe_stop";
        private const string AgentId = "agent-7a3f0c2e-5b1d-4c2a-9d5e-0123456789ab";
        private const string ListedId = "job-1b2c3d4e-0000-4000-8000-000000000001";
        private const string RetrievedId = "job-5e6f7a8b-0000-4000-8000-000000000002";
        private const string FragmentPath = "openapi/letta-list-batches.openapi.json";

        // What the library's build reads (see src/Letta.Generated/GenerateClient.targets), relative to the repository root.
        private static readonly string[] Inputs =
        {
            "src/Letta.Generated", "tools/Letta.Generated.OpenApiPreparation", "tools/Directory.Build.props", "openapi", "nswag.json",
            "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props",
        };

        private static readonly string[] BuildOptions =
        {
            "-nologo", "-nodeReuse:false", "-clp:ErrorsOnly",
            // The copy is not a git repository: no SourceLink, no CI path mapping.
            "-p:EnableSourceControlManagerQueries=false", "-p:EnableSourceLink=false", "-p:ContinuousIntegrationBuild=false",
        };

        private TempDirectory? _copy;
        private string _consumerOutput = string.Empty;
        private List<ILogEntry> _requests = new();
        private string _regeneratedApi = string.Empty;
        private readonly List<string> _timings = new();

        [OneTimeSetUp]
        public void BuildTheChangedCopyAndRunTheConsumer()
        {
            Assert.That(typeof(BatchJob).GetProperty("LettaGeneratedProbeCount"), Is.Null, "the probe field must be new");
            Assert.That(typeof(ILettaClient).GetMethod("RetrieveBatchAsync"), Is.Null, "the probe operation must be new");
            Assert.That(File.ReadAllText(Repository.Upstream), Does.Not.Contain("letta_generated_probe"), "upstream must not have the probe names");

            var total = Stopwatch.StartNew();
            _copy = new TempDirectory("letta-spec-change");
            Timed("copy the repository's build inputs", () =>
            {
                foreach (var input in Inputs)
                {
                    Copy(Repository.Path(input), _copy.Combine(input));
                }

                var fragmentPath = _copy.Combine(FragmentPath);
                var fragment = JsonFiles.Read(fragmentPath);
                ChangeAsUpstreamWould(fragment);
                JsonFiles.Write(fragmentPath, fragment);
                Copy(Repository.Path("tests", "Letta.Generated.ContractTests", "SpecChange", "Consumer"), _copy.Combine("consumer"));
            });

            Timed("restore and build the library (net10.0)", () =>
                Dotnet.MustSucceed(_copy.Path, new[] { "build", _copy.Combine("src", "Letta.Generated", "Letta.Generated.csproj"), "-f", "net10.0" }.Concat(BuildOptions), TimeSpan.FromMinutes(5)));

            // --no-dependencies: the library was just built; the consumer compiles against that output.
            Timed("restore and build the consumer", () =>
                Dotnet.MustSucceed(_copy.Path, new[] { "build", _copy.Combine("consumer", "SpecChangeConsumer.csproj"), "--no-dependencies" }.Concat(BuildOptions), TimeSpan.FromMinutes(3)));

            Timed("run the consumer against WireMock", () =>
            {
                using var server = StartLoopbackServer(out var url);
                server.Given(Request.Create().WithPath("/v1/messages/batches").UsingGet())
                    .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                        .WithBody(new JArray(Batch(ListedId, 5_000_000_000, ProbeStopReason)).ToString()));
                server.Given(Request.Create().WithPath("/v1/messages/batches/" + RetrievedId).UsingGet())
                    .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                        .WithBody(Batch(RetrievedId, 6_000_000_001, "end_turn").ToString()));

                var consumer = _copy.Combine("consumer", "bin", "Debug", "net10.0", "SpecChangeConsumer.dll");
                var run = Dotnet.MustSucceed(_copy.Path, new[] { consumer, url, AgentId, RetrievedId }, TimeSpan.FromSeconds(60));
                _consumerOutput = run.Output;
                _requests = server.LogEntries.ToList();
            });

            Timed("generate the regenerated assembly's public API", () =>
            {
                var built = _copy.Combine("src", "Letta.Generated", "bin", "Debug", "net10.0", "Letta.Generated.dll");
                var context = new AssemblyLoadContext("regenerated", isCollectible: true);
                try
                {
                    _regeneratedApi = PublicApi.Of(context.LoadFromAssemblyPath(built));
                }
                finally
                {
                    context.Unload();
                }
            });

            _timings.Add($"total: {total.Elapsed.TotalSeconds:0.0} s");
            TestContext.Progress.WriteLine("SpecChangeTests timings:\n  " + string.Join("\n  ", _timings));
        }

        [OneTimeTearDown]
        public void DeleteTheCopy() => _copy?.Dispose();

        [Test]
        public void Only_the_fragment_differs_between_the_built_copy_and_the_repository()
        {
            var changed = new List<string>();
            foreach (var input in Inputs)
            {
                var source = Repository.Path(input);
                var files = File.Exists(source) ? new[] { input } : SourceFiles(source).Select(f => Path.Combine(input, f)).ToArray();
                changed.AddRange(files.Where(f => !File.ReadAllBytes(Repository.Path(f)).SequenceEqual(File.ReadAllBytes(_copy!.Combine(f)))).Select(f => f.Replace('\\', '/')));
                if (!File.Exists(source))
                {
                    Assert.That(SourceFiles(_copy!.Combine(input)), Is.EquivalentTo(SourceFiles(source)), $"{input}: the copy has other files than the repository");
                }
            }

            Assert.That(changed, Is.EqualTo(new[] { FragmentPath }));
        }

        [Test]
        public void The_consumer_sends_agent_id_on_the_query_string_of_the_list_operation()
        {
            var list = _requests.Select(e => e.RequestMessage!).Where(r => r.Path == "/v1/messages/batches").ToList();
            Assert.That(list, Has.Count.EqualTo(1), Log());
            Assert.That(list[0].Method, Is.EqualTo("GET"));
            Assert.That(list[0].Query!.Keys, Is.EquivalentTo(new[] { "agent_id" }), Log());
            Assert.That(list[0].Query!["agent_id"].ToArray(), Is.EqualTo(new[] { AgentId }));
        }

        [Test]
        public void The_consumer_calls_the_new_operation_at_its_path_with_the_batch_id()
        {
            var retrieve = _requests.Select(e => e.RequestMessage!).Where(r => r.Path != "/v1/messages/batches").ToList();
            Assert.That(retrieve, Has.Count.EqualTo(1), Log());
            Assert.That(retrieve[0].Method, Is.EqualTo("GET"));
            Assert.That(retrieve[0].Path, Is.EqualTo("/v1/messages/batches/" + RetrievedId));
            Assert.That(retrieve[0].Query, Is.Null.Or.Empty);
        }

        [Test]
        public void The_consumer_reads_the_new_field_and_the_new_stop_reason_and_both_JSON_stacks_write_them()
        {
            var lines = _consumerOutput.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
            Assert.That(lines, Is.EqualTo(new[]
            {
                $"list 200: id={ListedId} letta_generated_probe_count=5000000000 stop_reason={ProbeStopReason} is_probe_stop=True known=True stj=5000000000/{ProbeStopReason} newtonsoft=5000000000/{ProbeStopReason}",
                $"retrieve 200: id={RetrievedId} letta_generated_probe_count=6000000001 stop_reason=end_turn is_probe_stop=False known=True stj=6000000001/end_turn newtonsoft=6000000001/end_turn",
            }));
        }

        [Test]
        public void The_public_API_gains_exactly_the_new_parameter_field_stop_reason_and_operation()
        {
            const string Page = "System.Threading.Tasks.Task<Letta.Generated.LettaResponse<System.Collections.Generic.IReadOnlyList<Letta.Generated.BatchJob>>>";
            const string One = "System.Threading.Tasks.Task<Letta.Generated.LettaResponse<Letta.Generated.BatchJob>>";
            const string ListParameters = "string? before = null, string? after = null, int? limit = default, Letta.Generated.SortOrder? order = default, Letta.Generated.BatchSortField? orderBy = default";
            const string Token = "System.Threading.CancellationToken cancellationToken = default";

            var (removed, added) = LineDiff.Changes(PublicApi.Of(typeof(LettaClient).Assembly), _regeneratedApi);

            // The new query parameter changes ListBatchesAsync's signature (on ILettaClient and LettaClient): the one
            // line each that goes.
            Assert.That(removed, Is.EqualTo(new[]
            {
                $"        {Page} ListBatchesAsync({ListParameters}, {Token});",
                $"        public virtual {Page} ListBatchesAsync({ListParameters}, {Token}) {{ }}",
            }), "removed lines");
            Assert.That(added, Is.EqualTo(new[]
            {
                // BatchJob: the new field, a format-less integer, so 64-bit.
                $"        [Newtonsoft.Json.JsonProperty(\"{ProbeField}\", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]",
                "        public long? LettaGeneratedProbeCount { get; set; }",
                // ILettaClient: agent_id as agentId, before the cancellation token; retrieve_batch as RetrieveBatchAsync.
                $"        {Page} ListBatchesAsync({ListParameters}, string? agentId = null, {Token});",
                $"        {One} RetrieveBatchAsync(string batchId, {Token});",
                // LettaClient: the same two.
                $"        public virtual {Page} ListBatchesAsync({ListParameters}, string? agentId = null, {Token}) {{ }}",
                $"        public virtual {One} RetrieveBatchAsync(string batchId, {Token}) {{ }}",
                // StopReasonType: the new value, PascalCase.
                "        public static Letta.Generated.StopReasonType LettaGeneratedProbeStop { get; }",
            }), "added lines");
        }

        // The change, spelled as upstream's FastAPI document spells it (OpenAPI 3.1): anyOf with null, snake_case
        // names, a format-less integer, an operation id in snake_case. No hand-normalisation for NSwag.
        private static void ChangeAsUpstreamWould(JObject fragment)
        {
            var list = (JObject)fragment["paths"]!["/v1/messages/batches"]!["get"]!;
            ((JArray)list["parameters"]!).Add(JObject.Parse("""
                {
                  "name": "agent_id",
                  "in": "query",
                  "required": false,
                  "schema": {
                    "anyOf": [ { "type": "string" }, { "type": "null" } ],
                    "description": "Only batches sent to this agent",
                    "title": "Agent Id"
                  },
                  "description": "Only batches sent to this agent"
                }
                """));

            var schemas = (JObject)fragment["components"]!["schemas"]!;
            ((JObject)schemas["BatchJob"]!["properties"]!).Add(ProbeField, JObject.Parse("""
                {
                  "anyOf": [ { "type": "integer" }, { "type": "null" } ],
                  "title": "Letta Generated Probe Count",
                  "description": "A count no Letta server sends: added by SpecChangeTests."
                }
                """));
            ((JArray)schemas["StopReasonType"]!["enum"]!).Add(ProbeStopReason);

            ((JObject)fragment["paths"]!).Add("/v1/messages/batches/{batch_id}", JObject.Parse("""
                {
                  "get": {
                    "tags": [ "messages" ],
                    "summary": "Retrieve Batch",
                    "description": "Get the status of a batch run.",
                    "operationId": "retrieve_batch",
                    "parameters": [
                      { "name": "batch_id", "in": "path", "required": true, "schema": { "type": "string", "title": "Batch Id" } }
                    ],
                    "responses": {
                      "200": {
                        "description": "Successful Response",
                        "content": { "application/json": { "schema": { "$ref": "#/components/schemas/BatchJob" } } }
                      },
                      "422": {
                        "description": "Validation Error",
                        "content": { "application/json": { "schema": { "$ref": "#/components/schemas/HTTPValidationError" } } }
                      }
                    }
                  }
                }
                """));
        }

        // A batch as the server sends it (every field, null when unset), plus the new field.
        private static JObject Batch(string id, long probeCount, string stopReason) => new()
        {
            ["created_by_id"] = "user-00000000-0000-4000-8000-000000000000",
            ["last_updated_by_id"] = null,
            ["created_at"] = "2025-01-02T03:04:05.123456Z",
            ["updated_at"] = "2025-01-02T03:04:06Z",
            ["status"] = "running",
            ["completed_at"] = null,
            ["stop_reason"] = stopReason,
            ["metadata"] = new JObject { ["job_type"] = "batch_messages" },
            ["job_type"] = "batch",
            ["background"] = null,
            ["agent_id"] = AgentId,
            ["callback_url"] = "None",
            ["callback_sent_at"] = null,
            ["callback_status_code"] = null,
            ["callback_error"] = null,
            ["ttft_ns"] = null,
            ["total_duration_ns"] = null,
            ["id"] = id,
            ["user_id"] = "user-00000000-0000-4000-8000-000000000000",
            [ProbeField] = probeCount,
        };

        private void Timed(string step, Action action)
        {
            var watch = Stopwatch.StartNew();
            action();
            _timings.Add($"{step}: {watch.Elapsed.TotalSeconds:0.0} s");
        }

        private string Log() => "requests: " + string.Join(", ", _requests.Select(e => $"{e.RequestMessage?.Method} {e.RequestMessage?.Url}"));

        // WireMock may bind every interface when it picks a port itself; a free loopback port from the OS keeps it on
        // 127.0.0.1. Another process can take the port in between, hence the few attempts.
        private static WireMockServer StartLoopbackServer(out string url)
        {
            Exception? last = null;
            for (var attempt = 0; attempt < 3; attempt++)
            {
                try
                {
                    url = $"http://127.0.0.1:{FreeLoopbackPort()}";
                    return WireMockServer.Start(new WireMockServerSettings
                    {
                        Urls = new[] { url },
                        StartAdminInterface = false,
                    });
                }
                catch (Exception ex) when (ex is IOException or SocketException or InvalidOperationException)
                {
                    last = ex;
                }
            }

            throw new InvalidOperationException("Could not start WireMock on a loopback port.", last);
        }

        private static int FreeLoopbackPort()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            try
            {
                return ((IPEndPoint)listener.LocalEndpoint).Port;
            }
            finally
            {
                listener.Stop();
            }
        }

        // Files of a folder, relative to it, without build output.
        private static IEnumerable<string> SourceFiles(string folder) =>
            Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(folder, f))
                .Where(f => f.Split(Path.DirectorySeparatorChar)[0] is not ("bin" or "obj"));

        private static void Copy(string source, string target)
        {
            if (File.Exists(source))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(source, target);
                return;
            }

            foreach (var relative in SourceFiles(source))
            {
                Copy(Path.Combine(source, relative), Path.Combine(target, relative));
            }
        }
    }
}
