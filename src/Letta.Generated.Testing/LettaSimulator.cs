using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using Letta.Generated.Simulator;
using Letta.Generated.Testing.WireMockHost;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Letta.Generated.Testing
{
    /// <summary>
    /// An in-process Letta server for tests, over real HTTP: serves <c>GET /v1/messages/batches</c> on 127.0.0.1 with
    /// the real server's semantics (see <see cref="LettaSimulatorOptions"/>), plus a fault queue and a request log.
    /// It hosts a <see cref="SimulatedLettaServer"/> (<see cref="Core"/>, from Letta.Generated.Simulator) on
    /// WireMock.Net; every member below is that core's, so the same test code works in-process too.
    /// </summary>
    /// <example>
    /// <code>
    /// using var letta = LettaSimulator.Start(new LettaSimulatorOptions { SeedCount = 50 });
    /// var client = new HttpClient { BaseAddress = letta.BaseUrl };
    /// var json = await client.GetStringAsync("v1/messages/batches?limit=10");
    /// </code>
    /// </example>
    public sealed class LettaSimulator : IDisposable
    {
        private LettaSimulator(SimulatedLettaServer core)
        {
            Core = core;
            Server = LoopbackServer.Start();

            // One catch-all mapping: the core does routing itself so unknown paths get FastAPI's 404 body.
            var adapter = new WireMockAdapter(core);
            Server.Given(Request.Create().UsingAnyMethod())
                .RespondWith(Response.Create().WithCallback(adapter.HandleAsync));
            BaseUrl = new Uri($"http://127.0.0.1:{Server.Port}/");
        }

        /// <summary>The server root, with a trailing slash, such as <c>http://127.0.0.1:1234/</c>.</summary>
        public Uri BaseUrl { get; }

        /// <summary>
        /// The simulated server this host serves: the data, options, faults and request log every member here reads.
        /// <c>Core.CreateHttpClient()</c> reaches the same server in-process, without a socket.
        /// </summary>
        public SimulatedLettaServer Core { get; }

        /// <summary>The bearer key requests must carry, or null when none is checked.</summary>
        public string? ApiKey => Core.ApiKey;

        /// <summary>The live options; behaviour switches changed here apply from the next request.</summary>
        public LettaSimulatorOptions Options => Core.Options;

        /// <summary>The faults for the next requests (one-shot or sticky).</summary>
        public FaultQueue Faults => Core.Faults;

        /// <summary>The underlying WireMock server, for advanced use (its own log, extra mappings).</summary>
        public WireMockServer Server { get; }

        /// <summary>A snapshot of every stored batch, listed or not, oldest first by (created_at, id).</summary>
        public IReadOnlyList<SimulatedBatch> Batches => Core.Batches;

        /// <summary>A snapshot of the requests received so far, in arrival order, each with the status it was answered with.</summary>
        public IReadOnlyList<RecordedRequest> Requests => Core.Requests;

        /// <summary>How many requests have been received.</summary>
        public int RequestCount => Core.RequestCount;

        /// <summary>Starts a simulator on a free loopback port.</summary>
        /// <param name="options">
        /// The behaviour; the real server's defaults when null. <see cref="LettaSimulatorOptions.SeedCount"/> listed
        /// batches (and <see cref="LettaSimulatorOptions.UnlistedSeedCount"/> unlisted ones) are seeded first.
        /// </param>
        /// <returns>The running simulator; dispose it to stop the server.</returns>
        public static LettaSimulator Start(LettaSimulatorOptions? options = null)
        {
            var core = new SimulatedLettaServer(options);
            try
            {
                return new LettaSimulator(core);
            }
            catch
            {
                core.Dispose();
                throw;
            }
        }

        /// <summary>Stores one batch.</summary>
        /// <param name="batch">The batch; its id must be new.</param>
        public void AddBatch(SimulatedBatch batch) => Core.AddBatch(batch);

        /// <summary>Stores batches, all or none.</summary>
        /// <param name="batches">The batches; their ids must be new.</param>
        public void AddBatches(IEnumerable<SimulatedBatch> batches) => Core.AddBatches(batches);

        /// <summary>
        /// Adds <paramref name="count"/> realistic batches of drawn statuses (about seven in ten listed); see
        /// <see cref="SimulatedLettaServer.Seed"/>. For an exact number of listed batches use <see cref="SeedListed"/>.
        /// </summary>
        /// <param name="count">How many batches to store, listed or not.</param>
        /// <param name="seed">The random seed.</param>
        /// <param name="allowTies">Lets batches share a created_at.</param>
        /// <param name="includeNewStopReasons">Uses the stop reasons the documentation lacks too.</param>
        /// <returns>The batches added, oldest first.</returns>
        public IReadOnlyList<SimulatedBatch> Seed(int count, int seed = 42, bool allowTies = false, bool includeNewStopReasons = false) =>
            Core.Seed(count, seed, allowTies, includeNewStopReasons);

        /// <summary>
        /// Adds exactly <paramref name="listedCount"/> listed batches and <paramref name="unlistedCount"/> unlisted ones;
        /// see <see cref="SimulatedLettaServer.SeedListed"/>.
        /// </summary>
        /// <param name="listedCount">How many batches <c>limit=0</c> will list.</param>
        /// <param name="unlistedCount">How many finished (or pending) batches to store besides.</param>
        /// <param name="seed">The random seed.</param>
        /// <param name="allowTies">Lets batches share a created_at.</param>
        /// <param name="includeNewStopReasons">Uses the stop reasons the documentation lacks too.</param>
        /// <returns>The batches added, oldest first.</returns>
        public IReadOnlyList<SimulatedBatch> SeedListed(int listedCount, int unlistedCount = 0, int seed = 42, bool allowTies = false, bool includeNewStopReasons = false) =>
            Core.SeedListed(listedCount, unlistedCount, seed, allowTies, includeNewStopReasons);

        /// <summary>Replaces a stored batch, for example to finish it between two pages.</summary>
        /// <param name="id">The batch id.</param>
        /// <param name="update">Returns the new batch (same id), typically with a <c>with</c> expression.</param>
        /// <returns>The stored batch.</returns>
        public SimulatedBatch UpdateBatch(string id, Func<SimulatedBatch, SimulatedBatch> update) => Core.UpdateBatch(id, update);

        /// <summary>Deletes a stored batch; its id stops working as a cursor.</summary>
        /// <param name="id">The batch id.</param>
        /// <returns>Whether a batch was removed.</returns>
        public bool RemoveBatch(string id) => Core.RemoveBatch(id);

        /// <summary>Deletes every stored batch.</summary>
        public void Clear() => Core.Clear();

        /// <summary>Forgets the recorded requests and restarts their numbering at 1.</summary>
        public void ClearRequests() => Core.ClearRequests();

        /// <summary>
        /// Sets the hook called for every request before its response is computed (replacing
        /// <see cref="LettaSimulatorOptions.OnRequest"/>); null removes it.
        /// </summary>
        /// <param name="hook">Receives the recorded request; its <see cref="RecordedRequest.Number"/> is 1-based.</param>
        public void OnRequest(Action<RecordedRequest>? hook) => Core.OnRequest(hook);

        /// <summary>
        /// Creates an <see cref="HttpClient"/> aimed at this simulator over loopback HTTP, carrying the bearer key when
        /// one is set. The caller disposes it.
        /// </summary>
        /// <returns>The client.</returns>
        public HttpClient CreateHttpClient()
        {
            var client = new HttpClient { BaseAddress = BaseUrl };
            if (ApiKey is { } key)
            {
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
            }

            return client;
        }

        /// <summary>Stops the server; requests waiting on a delay fault, and stalled or dripping bodies, are cut off.</summary>
        public void Dispose()
        {
            // The core first, so requests it holds (delays, stalled bodies) end before WireMock waits for them.
            Core.Dispose();
            Server.Stop();
            Server.Dispose();
        }
    }
}
