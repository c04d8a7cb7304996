using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Simulator;

namespace Letta.Generated.Tests.Support
{
    /// <summary>
    /// A watch over an in-process simulator on a fake clock, consumed in the background: a test waits until the
    /// watch waits (every change of the poll before has been consumed by then), looks at the changes, changes the
    /// server and advances the clock by exactly that wait. No real time passes.
    /// </summary>
    internal sealed class WatchDriver : IAsyncDisposable
    {
        /// <summary>The client's per-attempt timeout: the one timer of the pipeline that is not a wait of the watch.</summary>
        private static readonly TimeSpan NetworkTimeout = TimeSpan.FromSeconds(97);

        private readonly object _gate = new object();
        private readonly List<BatchChange> _changes = new List<BatchChange>();
        private readonly CancellationTokenSource _stop;
        private int _waits;

        public WatchDriver(SimulatedLettaServer server, WatchBatchesOptions? options = null, TelemetryCapture? telemetry = null, CancellationToken cancellationToken = default)
        {
            Time = new RecordingTimeProvider();
            var clientOptions = new LettaClientOptions(_ => null) { BaseUrl = server.BaseUrl, MaxRetries = 0, NetworkTimeout = NetworkTimeout, TimeProvider = Time };
            telemetry?.Configure(clientOptions);
            // Without the simulator's own bearer header: the client's configuration is what the server sees.
            Client = new LettaClient(new System.Net.Http.HttpClient(server.CreateHandler()), clientOptions);
            Start = Time.GetUtcNow();
            _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            Consumer = ConsumeAsync(Client.WatchBatchesAsync(options, _stop.Token));
        }

        public RecordingTimeProvider Time { get; }

        public LettaClient Client { get; }

        /// <summary>The fake clock's time when the watch started (the first poll's time).</summary>
        public DateTimeOffset Start { get; }

        /// <summary>Ends when the watch ends: faulted with its failure, or cancelled.</summary>
        public Task Consumer { get; }

        /// <summary>Every change so far, in the order the watch yielded them.</summary>
        public IReadOnlyList<BatchChange> Changes
        {
            get
            {
                lock (_gate) return _changes.ToList();
            }
        }

        /// <summary>The changes seen by the poll at <paramref name="at"/>.</summary>
        public IReadOnlyList<BatchChange> At(DateTimeOffset at) => Changes.Where(c => c.At == at).ToList();

        /// <summary>
        /// Waits (bounded by the test) until the watch waits for the next poll, and returns that wait. A watch that ended
        /// instead throws its failure.
        /// </summary>
        public async Task<TimeSpan> NextWaitAsync()
        {
            var wait = Time.WaitForTimerAsync(d => d != NetworkTimeout, _waits);
            var first = await Task.WhenAny(wait, Consumer).WithinTest();
            if (first == Consumer) await Consumer;
            _waits++;
            return await wait;
        }

        /// <summary>Advances the clock by <paramref name="wait"/> (the next poll runs) and returns the next wait.</summary>
        public async Task<TimeSpan> PollAfterAsync(TimeSpan wait)
        {
            Time.Advance(wait);
            return await NextWaitAsync();
        }

        /// <summary>Stops the watch as a consumer's cancellation would.</summary>
        public void Cancel() => _stop.Cancel();

        public async ValueTask DisposeAsync()
        {
            _stop.Cancel();
            try
            {
                await Consumer;
            }
            catch (Exception)
            {
                // Cancelled, or the failure a test already looked at.
            }

            Client.Dispose();
            _stop.Dispose();
        }

        private async Task ConsumeAsync(IAsyncEnumerable<BatchChange> watch)
        {
            await Task.Yield();
            await foreach (var change in watch)
            {
                lock (_gate) _changes.Add(change);
            }
        }
    }
}
