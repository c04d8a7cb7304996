using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Threading;
using Letta.Generated.Testing.Internal;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Letta.Generated.Testing
{
    /// <summary>
    /// An in-process Letta server for tests: serves <c>GET /v1/messages/batches</c> on 127.0.0.1 with the real
    /// server's semantics (see <see cref="LettaSimulatorOptions"/>), plus a fault queue and a request log.
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
        private const int StartAttempts = 5;

        private readonly BatchStore _store = new();
        private readonly RequestLog _log = new();
        private readonly CancellationTokenSource _stopping = new();
        private int _disposed;

        private LettaSimulator(LettaSimulatorOptions options)
        {
            Options = options;
            Faults = new FaultQueue();
            var handler = new RequestHandler(options, _store, Faults, _log, _stopping.Token);
            Server = StartServer();

            // One catch-all mapping: the handler does routing itself so unknown paths get FastAPI's 404 body.
            Server.Given(Request.Create().UsingAnyMethod())
                .RespondWith(Response.Create().WithCallback(handler.HandleAsync));
            BaseUrl = new Uri($"http://127.0.0.1:{Server.Port}/");
        }

        /// <summary>The server root, with a trailing slash, such as <c>http://127.0.0.1:1234/</c>.</summary>
        public Uri BaseUrl { get; }

        /// <summary>The bearer key requests must carry, or null when none is checked.</summary>
        public string? ApiKey => Options.ApiKey;

        /// <summary>The live options; behaviour switches changed here apply from the next request.</summary>
        public LettaSimulatorOptions Options { get; }

        /// <summary>One-shot faults for the next requests.</summary>
        public FaultQueue Faults { get; }

        /// <summary>The underlying WireMock server, for advanced use (its own log, extra mappings).</summary>
        public WireMockServer Server { get; }

        /// <summary>A snapshot of every stored batch, listed or not, oldest first by (created_at, id).</summary>
        public IReadOnlyList<SimulatedBatch> Batches => _store.SnapshotOldestFirst();

        /// <summary>A snapshot of the requests received so far, in arrival order.</summary>
        public IReadOnlyList<RecordedRequest> Requests => _log.Snapshot();

        /// <summary>How many requests have been received.</summary>
        public int RequestCount => _log.Count;

        /// <summary>Starts a simulator on a free loopback port.</summary>
        /// <param name="options">The behaviour; the real server's defaults when null.</param>
        /// <returns>The running simulator; dispose it to stop the server.</returns>
        public static LettaSimulator Start(LettaSimulatorOptions? options = null)
        {
            options ??= new LettaSimulatorOptions();
            if (options.SeedCount < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(options), "SeedCount cannot be negative.");
            }

            var simulator = new LettaSimulator(options);
            if (options.SeedCount > 0)
            {
                simulator.Seed(options.SeedCount, options.Seed, options.AllowTies, options.IncludeNewStopReasons);
            }

            return simulator;
        }

        /// <summary>Stores one batch.</summary>
        /// <param name="batch">The batch; its id must be new.</param>
        public void AddBatch(SimulatedBatch batch) => _store.Add(new[] { batch });

        /// <summary>Stores batches, all or none.</summary>
        /// <param name="batches">The batches; their ids must be new.</param>
        public void AddBatches(IEnumerable<SimulatedBatch> batches) =>
            _store.Add(batches ?? throw new ArgumentNullException(nameof(batches)));

        /// <summary>
        /// Adds <paramref name="count"/> realistic batches made by a <see cref="SimulatedBatchFactory"/> with the
        /// given seed. Seeding twice with the same seed fails, because the ids repeat.
        /// </summary>
        /// <param name="count">How many batches.</param>
        /// <param name="seed">The random seed.</param>
        /// <param name="allowTies">Lets batches share a created_at.</param>
        /// <param name="includeNewStopReasons">Uses the stop reasons the documentation lacks too.</param>
        /// <returns>The batches added, oldest first.</returns>
        public IReadOnlyList<SimulatedBatch> Seed(int count, int seed = 42, bool allowTies = false, bool includeNewStopReasons = false)
        {
            var factory = new SimulatedBatchFactory(seed) { AllowTies = allowTies, IncludeNewStopReasons = includeNewStopReasons };
            var batches = factory.Create(count);
            _store.Add(batches);
            return batches;
        }

        /// <summary>Replaces a stored batch, for example to finish it between two pages.</summary>
        /// <param name="id">The batch id.</param>
        /// <param name="update">Returns the new batch (same id), typically with a <c>with</c> expression.</param>
        /// <returns>The stored batch.</returns>
        public SimulatedBatch UpdateBatch(string id, Func<SimulatedBatch, SimulatedBatch> update) =>
            _store.Update(id, update ?? throw new ArgumentNullException(nameof(update)));

        /// <summary>Deletes a stored batch; its id stops working as a cursor.</summary>
        /// <param name="id">The batch id.</param>
        /// <returns>Whether a batch was removed.</returns>
        public bool RemoveBatch(string id) => _store.Remove(id);

        /// <summary>Deletes every stored batch.</summary>
        public void Clear() => _store.Clear();

        /// <summary>Forgets the recorded requests and restarts their numbering at 1.</summary>
        public void ClearRequests() => _log.Clear();

        /// <summary>
        /// Sets the hook called for every request before its response is computed (replacing
        /// <see cref="LettaSimulatorOptions.OnRequest"/>); null removes it.
        /// </summary>
        /// <param name="hook">Receives the recorded request; its <see cref="RecordedRequest.Number"/> is 1-based.</param>
        public void OnRequest(Action<RecordedRequest>? hook) => Options.OnRequest = hook;

        /// <summary>
        /// Creates an <see cref="HttpClient"/> aimed at this simulator, carrying the bearer key when one is set.
        /// The caller disposes it.
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

        /// <summary>Stops the server; requests waiting on a delay fault are cancelled.</summary>
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0)
            {
                return;
            }

            _stopping.Cancel();
            Server.Stop();
            Server.Dispose();
            _stopping.Dispose();
        }

        // WireMock picks ports from its own list and may bind every interface; asking the OS for a free loopback
        // port keeps the server on 127.0.0.1. Another process can grab the port in between, hence the retries.
        private static WireMockServer StartServer()
        {
            Exception? last = null;
            for (var attempt = 0; attempt < StartAttempts; attempt++)
            {
                try
                {
                    return WireMockServer.Start(new WireMockServerSettings
                    {
                        Urls = new[] { $"http://127.0.0.1:{FreeLoopbackPort()}" },
                        StartAdminInterface = false,
                        Logger = new WireMockNullLogger(),
                    });
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    last = ex;
                }
            }

            throw new InvalidOperationException("Could not start the Letta simulator on a loopback port.", last);
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
    }
}
