using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Letta.Generated.Simulator;
using Letta.Generated.Testing;

namespace Letta.Generated.ContractTests.Support
{
    /// <summary>One body a stub serves, with the status it came with.</summary>
    internal sealed record ServedBody(int Status, string Json);

    /// <summary>
    /// Every kind of JSON body the simulator (Letta.Generated.Testing) produces, each obtained the way a client
    /// would: by starting a simulator and sending it a request.
    /// </summary>
    internal static class SimulatorBodies
    {
        private const string Path = "v1/messages/batches";
        private const string UnknownId = "job-00000000-0000-4000-8000-000000000000";

        /// <summary>Bodies that must match the fragment: the page schema for 200, HttpValidationError otherwise.</summary>
        public static IReadOnlyDictionary<string, Func<Task<ServedBody>>> Valid { get; } = new Dictionary<string, Func<Task<ServedBody>>>
        {
            ["200 seeded page"] = () => GetAsync(new() { SeedCount = 60 }, "limit=0"),
            ["200 seeded page with the newer stop reasons"] = () => GetAsync(new() { SeedCount = 60, IncludeNewStopReasons = true }, "limit=0"),
            ["200 every status listed (ListAllStatuses)"] = () => GetAsync(new() { SeedCount = 40, UnlistedSeedCount = 20, ListAllStatuses = true, IncludeNewStopReasons = true }, "limit=0"),
            ["200 offset-less created_at and updated_at (SQLite server)"] = () => GetAsync(new() { SeedCount = 30, OffsetlessCreatedAndUpdatedAt = true }, "limit=0"),
            ["200 tied created_at, ascending"] = () => GetAsync(new() { SeedCount = 30, AllowTies = true }, "limit=0&order=asc"),
            ["200 page after a cursor"] = () => GetWithCursorAsync(),
            ["200 empty page"] = () => GetAsync(new(), string.Empty),
            ["200 batch with every nullable field null"] = () => GetMinimalBatchAsync(),
            ["401 missing key"] = () => GetAsync(new() { ApiKey = "sk-test" }, string.Empty, sendKey: false),
            ["400 unknown cursor"] = () => GetAsync(new() { SeedCount = 5 }, "before=" + UnknownId),
            ["400 inverted cursor window"] = () => GetInvertedWindowAsync(),
            ["422 detail as one string (the server)"] = () => GetAsync(new() { ValidationErrorShape = ValidationErrorShape.DetailString }, "limit=many&order=sideways"),
            ["422 detail as a list (the schema)"] = () => GetAsync(new() { ValidationErrorShape = ValidationErrorShape.DetailArray }, "limit=many&order=sideways&order_by=id"),
            ["422 empty limit"] = () => GetAsync(new(), "limit="),
            ["500 negative limit"] = () => GetAsync(new(), "limit=-1"),
            ["404 unknown path"] = () => StartAndSendAsync(new(), HttpMethod.Get, "v1/messages/batchez"),
            ["405 wrong method"] = () => StartAndSendAsync(new(), HttpMethod.Delete, Path),
            ["409 fault: database locked"] = () => FaultAsync(SimulatedFault.DatabaseLocked()),
            ["500 fault: database error"] = () => FaultAsync(SimulatedFault.DatabaseError()),
            ["500 fault: unknown error"] = () => FaultAsync(SimulatedFault.UnknownError()),
            ["429 fault: rate limited"] = () => FaultAsync(SimulatedFault.RateLimited()),
            ["200 fault: page cap"] = () => FaultAsync(SimulatedFault.PageCap(3), seed: 10),
            ["200 fault: extra raw header"] = () => FaultAsync(SimulatedFault.RawHeader("Retry-After", "1e300"), seed: 5),
            ["200 fault: oversized page (generated batches)"] = () => FaultAsync(SimulatedFault.OversizedPage(64 * 1024)),
        };

        /// <summary>Faults that damage the body on purpose: the schema must reject them, or the check proves nothing.</summary>
        public static IReadOnlyDictionary<string, Func<Task<ServedBody>>> Broken { get; } = new Dictionary<string, Func<Task<ServedBody>>>
        {
            [nameof(SimulatedFault.MalformedJson)] = () => FaultAsync(SimulatedFault.MalformedJson()),
            [nameof(SimulatedFault.NullBody)] = () => FaultAsync(SimulatedFault.NullBody()),
            [nameof(SimulatedFault.TruncatedPage)] = () => FaultAsync(SimulatedFault.TruncatedPage(), seed: 5),
            [nameof(SimulatedFault.ObjectInsteadOfArray)] = () => FaultAsync(SimulatedFault.ObjectInsteadOfArray(), seed: 5),
            [nameof(SimulatedFault.MalformedField)] = () => FaultAsync(SimulatedFault.MalformedField("ttft_ns", "\"fast\""), seed: 5),
        };

        /// <summary>
        /// Fault factories whose bodies are not JSON at all (HTML, empty, gzip bytes) or that change no body, only how it
        /// travels (a delay, a stall, a drip, a reset, a redirect).
        /// </summary>
        public static IReadOnlyList<string> NotJson { get; } = new[]
        {
            nameof(SimulatedFault.HtmlError), nameof(SimulatedFault.ServiceUnavailable), nameof(SimulatedFault.EmptyBody),
            nameof(SimulatedFault.Slow), nameof(SimulatedFault.Status), nameof(SimulatedFault.CorruptGzip),
            nameof(SimulatedFault.StalledBody), nameof(SimulatedFault.DrippingBody), nameof(SimulatedFault.ConnectionReset),
            nameof(SimulatedFault.Redirect),
        };

        /// <summary>The fault factories the <see cref="Valid"/> cases use.</summary>
        public static IReadOnlyList<string> ValidFaults { get; } = new[]
        {
            nameof(SimulatedFault.DatabaseLocked), nameof(SimulatedFault.DatabaseError), nameof(SimulatedFault.UnknownError), nameof(SimulatedFault.RateLimited),
            nameof(SimulatedFault.PageCap), nameof(SimulatedFault.RawHeader), nameof(SimulatedFault.OversizedPage),
        };

        private static Task<ServedBody> GetAsync(LettaSimulatorOptions options, string query, bool sendKey = true) =>
            StartAndSendAsync(options, HttpMethod.Get, query.Length == 0 ? Path : Path + "?" + query, sendKey);

        private static async Task<ServedBody> StartAndSendAsync(LettaSimulatorOptions options, HttpMethod method, string path, bool sendKey = true)
        {
            using var simulator = LettaSimulator.Start(options);
            return await SendAsync(simulator, method, path, sendKey).ConfigureAwait(false);
        }

        private static async Task<ServedBody> SendAsync(LettaSimulator simulator, HttpMethod method, string path, bool sendKey = true)
        {
            using var http = sendKey ? simulator.CreateHttpClient() : new HttpClient { BaseAddress = simulator.BaseUrl };
            using var response = await http.SendAsync(new HttpRequestMessage(method, path)).ConfigureAwait(false);
            return new ServedBody((int)response.StatusCode, await response.Content.ReadAsStringAsync().ConfigureAwait(false));
        }

        private static async Task<ServedBody> GetWithCursorAsync()
        {
            using var simulator = LettaSimulator.Start(new() { SeedCount = 40, ListAllStatuses = true });
            var middle = simulator.Batches[20].Id;
            return await SendAsync(simulator, HttpMethod.Get, $"{Path}?before={middle}&limit=5").ConfigureAwait(false);
        }

        private static async Task<ServedBody> GetInvertedWindowAsync()
        {
            using var simulator = LettaSimulator.Start(new() { SeedCount = 10 });
            var oldest = simulator.Batches.First().Id;
            var newest = simulator.Batches.Last().Id;
            return await SendAsync(simulator, HttpMethod.Get, $"{Path}?before={oldest}&after={newest}").ConfigureAwait(false);
        }

        // Null wherever the fragment allows it; created_at, status and job_type are not nullable there (as upstream).
        private static async Task<ServedBody> GetMinimalBatchAsync()
        {
            using var simulator = LettaSimulator.Start();
            simulator.AddBatch(new SimulatedBatch
            {
                Id = "job-0123abcd-0000-4000-8000-000000000000",
                CreatedAt = SimulatedBatchFactory.DefaultEpoch,
                Status = "running",
                CallbackUrl = null,
            });
            return await SendAsync(simulator, HttpMethod.Get, Path).ConfigureAwait(false);
        }

        private static async Task<ServedBody> FaultAsync(SimulatedFault fault, int seed = 0)
        {
            using var simulator = LettaSimulator.Start(new() { SeedCount = seed });
            simulator.Faults.Enqueue(fault);
            return await SendAsync(simulator, HttpMethod.Get, Path).ConfigureAwait(false);
        }
    }
}
