using System;

namespace Letta.Generated.Simulator
{
    /// <summary>
    /// How a simulated Letta server (<see cref="SimulatedLettaServer"/>, or <c>LettaSimulator</c> over loopback)
    /// behaves. The defaults reproduce the open-source Letta server. The behaviour switches are read on every request,
    /// so a test may change them on a running simulator through <see cref="SimulatedLettaServer.Options"/>.
    /// </summary>
    public sealed class LettaSimulatorOptions
    {
        private TimeProvider _timeProvider = TimeProvider.System;

        /// <summary>
        /// When set, every request needs <c>Authorization: Bearer &lt;key&gt;</c>, or gets
        /// 401 <c>{"detail":"Unauthorized"}</c>. When null (the default, like many self-hosted servers) no key is checked.
        /// </summary>
        public string? ApiKey { get; set; }

        /// <summary>How <c>before</c>/<c>after</c> are read; <see cref="SimulatedCursorReading.Chronological"/> by default.</summary>
        public SimulatedCursorReading CursorReading { get; set; } = SimulatedCursorReading.Chronological;

        /// <summary>
        /// Lists batches of every status instead of only <c>created</c> and <c>running</c> (for demos; the real
        /// server never lists finished batches).
        /// </summary>
        public bool ListAllStatuses { get; set; }

        /// <summary>The shape of 422 bodies; <see cref="Simulator.ValidationErrorShape.DetailString"/> (the real server) by default.</summary>
        public ValidationErrorShape ValidationErrorShape { get; set; } = ValidationErrorShape.DetailString;

        /// <summary>
        /// Sends <c>created_at</c> and <c>updated_at</c> without the <c>Z</c>, as a SQLite-backed server does.
        /// </summary>
        public bool OffsetlessCreatedAndUpdatedAt { get; set; }

        /// <summary>Deliberate cursor misbehaviour for pager tests; none by default.</summary>
        public PagingQuirk PagingQuirk { get; set; } = PagingQuirk.None;

        /// <summary>
        /// Called for every request after it is recorded and before its response is computed, on the thread that
        /// serves it. A test may add or change batches here to simulate concurrent writes during a listing.
        /// </summary>
        public Action<RecordedRequest>? OnRequest { get; set; }

        /// <summary>
        /// The clock for fault delays (<see cref="SimulatedFault.Slow"/>, <see cref="SimulatedFault.WithDelay"/>), dripping
        /// bodies (<see cref="SimulatedFault.DrippingBody"/>) and <see cref="RecordedRequest.ReceivedAt"/>; the system clock
        /// by default. Give a <c>FakeTimeProvider</c> to drive them from a test without waiting.
        /// </summary>
        public TimeProvider TimeProvider
        {
            get => _timeProvider;
            set => _timeProvider = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary>
        /// How many <b>listed</b> batches (status <c>created</c> or <c>running</c>) are seeded at start, 0 by default:
        /// <c>GET /v1/messages/batches?limit=0</c> returns exactly this many. Batches the server does not list are
        /// seeded only when <see cref="UnlistedSeedCount"/> asks for them.
        /// </summary>
        public int SeedCount { get; set; }

        /// <summary>
        /// How many <b>unlisted</b> batches (<c>completed</c>, <c>failed</c>, <c>cancelled</c>, <c>expired</c> or
        /// <c>pending</c>) are seeded besides <see cref="SeedCount"/>, interleaved with them in time; 0 by default. The
        /// server never lists them (unless <see cref="ListAllStatuses"/>), but their ids work as cursors.
        /// </summary>
        public int UnlistedSeedCount { get; set; }

        /// <summary>
        /// How batches move on by themselves over time (created → running → finished, new ones arriving) on
        /// <see cref="TimeProvider"/>; null (the default) keeps every batch as it was stored. Read on every request.
        /// </summary>
        public SimulatedProgress? Progress { get; set; }

        /// <summary>The random seed for <see cref="SeedCount"/>; the same seed always yields the same batches.</summary>
        public int Seed { get; set; } = 42;

        /// <summary>Lets seeded batches share a <c>created_at</c>, so the id tie-break is exercised.</summary>
        public bool AllowTies { get; set; }

        /// <summary>
        /// Lets seeded batches carry the stop reasons the documentation lacks
        /// (<see cref="LettaValues.NewerStopReasons"/>).
        /// </summary>
        public bool IncludeNewStopReasons { get; set; }
    }
}
