using System;
using System.Linq;

namespace Letta.Generated.Simulator.Internal
{
    /// <summary>
    /// Applies <see cref="SimulatedProgress"/> to the store: the steps that fell due on the simulator's clock since
    /// the last catch-up, each at its own time, in a seeded order. Started (its clock origin taken) the first time it
    /// sees progress switched on; switching it off and on again, or to other settings, starts afresh.
    /// </summary>
    internal sealed class BatchProgression
    {
        private static readonly string[] Endings = { "completed", "completed", "completed", "completed", "failed", "cancelled", "expired" };

        private readonly object _gate = new();
        private SimulatedProgress? _settings;
        private DateTimeOffset _last;
        private Random _random = new(0);
        private SimulatedBatchFactory _arrivals = new(0);

        public void CatchUp(LettaSimulatorOptions options, BatchStore store)
        {
            var settings = options.Progress;
            lock (_gate)
            {
                var now = options.TimeProvider.GetUtcNow();
                if (settings is null || !ReferenceEquals(settings, _settings))
                {
                    Restart(settings, now);
                    return;
                }

                var step = settings.Step;
                var due = (now - _last).Ticks / step.Ticks;
                if (due <= 0) return;
                var applied = Math.Min(due, SimulatedProgress.MaxStepsAtOnce);
                for (long i = due - applied + 1; i <= due; i++) Step(settings, store, _last + TimeSpan.FromTicks(step.Ticks * i));
                _last += TimeSpan.FromTicks(step.Ticks * due);
            }
        }

        private void Restart(SimulatedProgress? settings, DateTimeOffset now)
        {
            _settings = settings;
            _last = now;
            if (settings is null) return;
            _random = new Random(settings.Seed);
            // Its own stream of ids, apart from the seeding factory's (which may share the seed).
            _arrivals = new SimulatedBatchFactory(unchecked((settings.Seed * 397) ^ 0x5eed), now);
        }

        private void Step(SimulatedProgress settings, BatchStore store, DateTimeOffset at)
        {
            foreach (var batch in store.SnapshotOldestFirst().Where(b => LettaValues.IsListed(b.Status)))
            {
                if (batch.Status == "created" && Chance(settings.StartChance))
                {
                    store.Update(batch.Id, b => b with { Status = "running", UpdatedAt = at, LastUpdatedById = b.CreatedById });
                }
                else if (batch.Status == "running" && Chance(settings.FinishChance))
                {
                    store.Update(batch.Id, b => Finished(b, at));
                }
            }

            if (!Chance(settings.ArrivalChance)) return;
            var arrival = _arrivals.CreateOne() with
            {
                CreatedAt = at,
                UpdatedAt = at,
                Status = "created",
                StopReason = null,
                CompletedAt = null,
                CallbackSentAt = null,
                CallbackStatusCode = null,
                CallbackError = null,
                TtftNs = null,
                TotalDurationNs = null,
            };
            if (store.SnapshotOldestFirst().All(b => b.Id != arrival.Id)) store.Add(new[] { arrival });
        }

        private SimulatedBatch Finished(SimulatedBatch batch, DateTimeOffset at)
        {
            var status = Endings[_random.Next(Endings.Length)];
            return batch with
            {
                Status = status,
                StopReason = status switch
                {
                    "completed" => "end_turn",
                    "failed" => "error",
                    "cancelled" => "cancelled",
                    _ => null,
                },
                UpdatedAt = at,
                CompletedAt = at,
                TotalDurationNs = Math.Max(0, (at - batch.CreatedAt).Ticks) * 100,
            };
        }

        private bool Chance(double probability) => _random.NextDouble() < probability;
    }
}
