using System;
using System.Collections.Generic;
using System.Linq;

namespace Letta.Generated.Simulator.Internal
{
    /// <summary>
    /// The simulated database table: thread-safe, so tests can write while the server is answering.
    /// Every read returns an immutable snapshot sorted by (created_at, id).
    /// </summary>
    internal sealed class BatchStore
    {
        private readonly object _gate = new();
        private readonly Dictionary<string, SimulatedBatch> _byId = new(StringComparer.Ordinal);

        public void Add(IEnumerable<SimulatedBatch> batches)
        {
            // Validate the whole set first so a failed call adds nothing.
            var normalized = batches.Select(Normalize).ToList();
            lock (_gate)
            {
                var duplicate = normalized.GroupBy(b => b.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1 || _byId.ContainsKey(g.Key));
                if (duplicate is not null)
                {
                    throw new ArgumentException($"A batch with id '{duplicate.Key}' already exists.", nameof(batches));
                }

                foreach (var batch in normalized)
                {
                    _byId.Add(batch.Id, batch);
                }
            }
        }

        public SimulatedBatch Update(string id, Func<SimulatedBatch, SimulatedBatch> update)
        {
            lock (_gate)
            {
                if (!_byId.TryGetValue(id, out var current))
                {
                    throw new KeyNotFoundException($"No batch has id '{id}'.");
                }

                var updated = Normalize(update(current));
                if (!string.Equals(updated.Id, id, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException("An update cannot change a batch's id.");
                }

                _byId[id] = updated;
                return updated;
            }
        }

        public bool Remove(string id)
        {
            lock (_gate)
            {
                return _byId.Remove(id);
            }
        }

        public void Clear()
        {
            lock (_gate)
            {
                _byId.Clear();
            }
        }

        public IReadOnlyList<SimulatedBatch> SnapshotOldestFirst()
        {
            lock (_gate)
            {
                var all = _byId.Values.ToList();
                all.Sort(BatchOrder.Chronological);
                return all;
            }
        }

        // The database keeps microseconds; truncating here keeps the simulator's sort equal to what clients see.
        private static SimulatedBatch Normalize(SimulatedBatch batch)
        {
            if (batch is null)
            {
                throw new ArgumentNullException(nameof(batch));
            }

            if (string.IsNullOrEmpty(batch.Id))
            {
                throw new ArgumentException("A batch needs an id.", nameof(batch));
            }

            return batch with
            {
                CreatedAt = PythonTimestamps.ToMicroseconds(batch.CreatedAt),
                UpdatedAt = batch.UpdatedAt is { } u ? PythonTimestamps.ToMicroseconds(u) : null,
                CompletedAt = batch.CompletedAt is { } c ? PythonTimestamps.ToMicroseconds(c) : null,
                CallbackSentAt = batch.CallbackSentAt is { } s ? PythonTimestamps.ToMicroseconds(s) : null,
            };
        }
    }
}
