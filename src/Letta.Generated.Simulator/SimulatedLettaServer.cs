using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Simulator.Internal;

namespace Letta.Generated.Simulator
{
    /// <summary>
    /// A simulated Letta server in memory: its batches, its behaviour (<see cref="LettaSimulatorOptions"/>), a fault
    /// queue and a request log, answering <c>GET /v1/messages/batches</c> with the open-source server's semantics.
    /// Serve it in-process with <see cref="CreateHttpClient"/> or <see cref="CreateHandler"/> (no socket, no web
    /// server), or over loopback HTTP with <c>LettaSimulator.Start</c> from the Letta.Generated.Testing package, which
    /// hosts this same class on WireMock.Net. All members are thread-safe.
    /// </summary>
    /// <example>
    /// <code>
    /// using var letta = new SimulatedLettaServer(new LettaSimulatorOptions { SeedCount = 50 });
    /// using var http = letta.CreateHttpClient();
    /// var json = await http.GetStringAsync("v1/messages/batches?limit=10");   // 10 of the 50, newest first
    /// </code>
    /// </example>
    public sealed class SimulatedLettaServer : IDisposable
    {
        private readonly BatchStore _store = new();
        private readonly RequestLog _log = new();
        private readonly BatchProgression _progression = new();
        private readonly CancellationTokenSource _stopping = new();
        private readonly RequestPipeline _pipeline;
        private int _disposed;

        /// <summary>Creates the server and seeds it as <paramref name="options"/> say.</summary>
        /// <param name="options">The behaviour; the real server's defaults when null. The server keeps this instance as its live <see cref="Options"/>.</param>
        public SimulatedLettaServer(LettaSimulatorOptions? options = null)
        {
            options ??= new LettaSimulatorOptions();
            if (options.SeedCount < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(options), "SeedCount cannot be negative.");
            }

            if (options.UnlistedSeedCount < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(options), "UnlistedSeedCount cannot be negative.");
            }

            Options = options;
            Faults = new FaultQueue();
            _pipeline = new RequestPipeline(options, _store, Faults, _log, _stopping.Token);
            if (options.SeedCount > 0 || options.UnlistedSeedCount > 0)
            {
                SeedListed(options.SeedCount, options.UnlistedSeedCount, options.Seed, options.AllowTies, options.IncludeNewStopReasons);
            }

            // With Progress set, its clock starts now.
            _progression.CatchUp(options, _store);
        }

        /// <summary>
        /// The base address of the clients <see cref="CreateHttpClient"/> makes: <c>http://letta-simulator.invalid/</c>.
        /// The in-process handler reads only the path and query, so any host works; <c>.invalid</c> can never resolve, so
        /// a client that bypasses the handler fails at once instead of reaching a real server.
        /// </summary>
        public Uri BaseUrl { get; } = new("http://letta-simulator.invalid/");

        /// <summary>The bearer key requests must carry, or null when none is checked.</summary>
        public string? ApiKey => Options.ApiKey;

        /// <summary>The live options; behaviour switches changed here apply from the next request.</summary>
        public LettaSimulatorOptions Options { get; }

        /// <summary>The faults for the next requests (one-shot or sticky).</summary>
        public FaultQueue Faults { get; }

        /// <summary>
        /// A snapshot of every stored batch, listed or not, oldest first by (created_at, id); with
        /// <see cref="LettaSimulatorOptions.Progress"/> set, as of the simulator's clock now.
        /// </summary>
        public IReadOnlyList<SimulatedBatch> Batches
        {
            get
            {
                _progression.CatchUp(Options, _store);
                return _store.SnapshotOldestFirst();
            }
        }

        /// <summary>A snapshot of the requests received so far, in arrival order, each with the status it was answered with.</summary>
        public IReadOnlyList<RecordedRequest> Requests => _log.Snapshot();

        /// <summary>How many requests have been received.</summary>
        public int RequestCount => _log.Count;

        /// <summary>Stores one batch.</summary>
        /// <param name="batch">The batch; its id must be new.</param>
        public void AddBatch(SimulatedBatch batch) => _store.Add(new[] { batch });

        /// <summary>Stores batches, all or none.</summary>
        /// <param name="batches">The batches; their ids must be new.</param>
        public void AddBatches(IEnumerable<SimulatedBatch> batches) =>
            _store.Add(batches ?? throw new ArgumentNullException(nameof(batches)));

        /// <summary>
        /// Adds <paramref name="count"/> realistic batches made by a <see cref="SimulatedBatchFactory"/> with the given
        /// seed, each with a drawn status: about seven in ten are <c>created</c> or <c>running</c>, and only those are
        /// listed. For an exact number of listed batches use <see cref="SeedListed"/>. Seeding twice with the same seed
        /// fails, because the ids repeat.
        /// </summary>
        /// <param name="count">How many batches to store, listed or not.</param>
        /// <param name="seed">The random seed.</param>
        /// <param name="allowTies">Lets batches share a created_at.</param>
        /// <param name="includeNewStopReasons">Uses the stop reasons the documentation lacks too.</param>
        /// <returns>The batches added, oldest first.</returns>
        public IReadOnlyList<SimulatedBatch> Seed(int count, int seed = 42, bool allowTies = false, bool includeNewStopReasons = false)
        {
            var batches = Factory(seed, allowTies, includeNewStopReasons).Create(count);
            _store.Add(batches);
            return batches;
        }

        /// <summary>
        /// Adds exactly <paramref name="listedCount"/> realistic batches the server lists (<c>created</c> or
        /// <c>running</c>) and <paramref name="unlistedCount"/> it does not, interleaved in time
        /// (<see cref="SimulatedBatchFactory.CreateListed"/>). Seeding twice with the same seed fails, because the ids repeat.
        /// </summary>
        /// <param name="listedCount">How many batches <c>limit=0</c> will list.</param>
        /// <param name="unlistedCount">How many finished (or pending) batches to store besides.</param>
        /// <param name="seed">The random seed.</param>
        /// <param name="allowTies">Lets batches share a created_at.</param>
        /// <param name="includeNewStopReasons">Uses the stop reasons the documentation lacks too.</param>
        /// <returns>The batches added, oldest first.</returns>
        public IReadOnlyList<SimulatedBatch> SeedListed(int listedCount, int unlistedCount = 0, int seed = 42, bool allowTies = false, bool includeNewStopReasons = false)
        {
            var batches = Factory(seed, allowTies, includeNewStopReasons).CreateListed(listedCount, unlistedCount);
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
        /// Answers one request: the single path every host uses. Records the request, runs the hook, applies the next
        /// fault and computes the server's answer.
        /// </summary>
        /// <param name="request">The request.</param>
        /// <param name="cancellationToken">Cancels a fault's delay, and ends a stalled or dripping body of the answer.</param>
        /// <returns>The response; the caller disposes it.</returns>
        /// <exception cref="ObjectDisposedException">The server was disposed.</exception>
        public Task<SimulatedResponse> HandleAsync(SimulatedRequest request, CancellationToken cancellationToken = default)
        {
            if (request is null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            if (Volatile.Read(ref _disposed) != 0)
            {
                throw new ObjectDisposedException(nameof(SimulatedLettaServer));
            }

            // The batches as of this request's time, when they move on by themselves.
            _progression.CatchUp(Options, _store);
            return _pipeline.HandleAsync(request, cancellationToken);
        }

        /// <summary>An in-process handler serving this server: give it to an <see cref="HttpClient"/> (or to <c>IHttpClientFactory</c>).</summary>
        /// <returns>A new handler; disposing it leaves the server running.</returns>
        public LettaSimulatorHandler CreateHandler() => new(this);

        /// <summary>
        /// Creates an <see cref="HttpClient"/> served in-process by this server (no socket), with
        /// <see cref="HttpClient.BaseAddress"/> = <see cref="BaseUrl"/> and the bearer key when one is set. The caller
        /// disposes it.
        /// </summary>
        /// <returns>The client.</returns>
        public HttpClient CreateHttpClient()
        {
            var client = new HttpClient(CreateHandler(), disposeHandler: true) { BaseAddress = BaseUrl };
            if (ApiKey is { } key)
            {
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
            }

            return client;
        }

        /// <summary>
        /// Stops the server: requests waiting on a delay, and bodies stalled or dripping, end at once (a delay with an
        /// <see cref="OperationCanceledException"/>, a body with an <see cref="System.IO.IOException"/>); later requests fail.
        /// </summary>
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0)
            {
                return;
            }

            // Not disposed: bodies still being read hold its token, and a cancelled source has nothing left to release.
            _stopping.Cancel();
        }

        private static SimulatedBatchFactory Factory(int seed, bool allowTies, bool includeNewStopReasons) =>
            new(seed) { AllowTies = allowTies, IncludeNewStopReasons = includeNewStopReasons };
    }
}
