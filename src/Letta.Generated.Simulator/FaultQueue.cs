using System;
using System.Collections.Generic;
using System.Linq;

namespace Letta.Generated.Simulator
{
    /// <summary>
    /// A first-in first-out queue of faults: each request the simulator receives takes the next fault, if any, and is
    /// otherwise answered normally. A one-shot fault leaves the queue when it is taken; a sticky one
    /// (<see cref="SimulatedFault.AsSticky"/>) stays at its head and answers every later request until <see cref="Clear"/>.
    /// Safe to use from any thread.
    /// </summary>
    public sealed class FaultQueue
    {
        // A lock rather than a ConcurrentQueue: taking a sticky fault is a peek, taking a one-shot one a dequeue,
        // and the two must not race.
        private readonly object _gate = new();
        private readonly Queue<SimulatedFault> _faults = new();

        internal FaultQueue()
        {
        }

        /// <summary>The number of faults still waiting (a sticky fault that was reached counts until cleared).</summary>
        public int Count
        {
            get
            {
                lock (_gate)
                {
                    return _faults.Count;
                }
            }
        }

        /// <summary>Queues faults for the next requests, in order.</summary>
        /// <param name="faults">The faults.</param>
        /// <returns>This queue, for chaining.</returns>
        public FaultQueue Enqueue(params SimulatedFault[] faults)
        {
            if (faults is null || faults.Any(f => f is null))
            {
                throw new ArgumentNullException(nameof(faults));
            }

            lock (_gate)
            {
                foreach (var fault in faults)
                {
                    _faults.Enqueue(fault);
                }
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

        /// <summary>Drops every waiting fault, sticky ones included.</summary>
        public void Clear()
        {
            lock (_gate)
            {
                _faults.Clear();
            }
        }

        /// <summary>Takes the fault for one request: removes a one-shot fault, leaves a sticky one in place.</summary>
        internal bool TryTake(out SimulatedFault fault)
        {
            lock (_gate)
            {
                if (_faults.Count == 0)
                {
                    fault = null!;
                    return false;
                }

                fault = _faults.Peek().IsSticky ? _faults.Peek() : _faults.Dequeue();
                return true;
            }
        }
    }
}
