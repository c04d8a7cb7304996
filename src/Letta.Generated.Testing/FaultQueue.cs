using System;
using System.Collections.Concurrent;
using System.Linq;

namespace Letta.Generated.Testing
{
    /// <summary>
    /// A first-in first-out queue of one-shot faults: each request the simulator receives takes the next fault,
    /// if any, and is otherwise answered normally. Safe to use from any thread.
    /// </summary>
    public sealed class FaultQueue
    {
        private readonly ConcurrentQueue<SimulatedFault> _faults = new();

        internal FaultQueue()
        {
        }

        /// <summary>The number of faults still waiting.</summary>
        public int Count => _faults.Count;

        /// <summary>Queues faults for the next requests, in order.</summary>
        /// <param name="faults">The faults.</param>
        /// <returns>This queue, for chaining.</returns>
        public FaultQueue Enqueue(params SimulatedFault[] faults)
        {
            if (faults is null || faults.Any(f => f is null))
            {
                throw new ArgumentNullException(nameof(faults));
            }

            foreach (var fault in faults)
            {
                _faults.Enqueue(fault);
            }

            return this;
        }

        /// <summary>Queues the same fault for the next <paramref name="times"/> requests.</summary>
        /// <param name="fault">The fault.</param>
        /// <param name="times">How many requests it hits.</param>
        /// <returns>This queue, for chaining.</returns>
        public FaultQueue EnqueueRepeated(SimulatedFault fault, int times)
        {
            if (times < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(times));
            }

            return Enqueue(Enumerable.Repeat(fault, times).ToArray());
        }

        /// <summary>Drops every waiting fault.</summary>
        public void Clear()
        {
            while (_faults.TryDequeue(out _))
            {
            }
        }

        internal bool TryDequeue(out SimulatedFault fault) => _faults.TryDequeue(out fault!);
    }
}
