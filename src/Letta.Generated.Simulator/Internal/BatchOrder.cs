using System.Collections.Generic;

namespace Letta.Generated.Simulator.Internal
{
    /// <summary>The server's sort key: (created_at, id), oldest first, ids compared ordinally to break ties.</summary>
    internal sealed class BatchOrder : IComparer<SimulatedBatch>
    {
        public static readonly BatchOrder Chronological = new();

        private BatchOrder()
        {
        }

        public int Compare(SimulatedBatch? x, SimulatedBatch? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null)
            {
                return -1;
            }

            if (y is null)
            {
                return 1;
            }

            var byTime = x.CreatedAt.CompareTo(y.CreatedAt);
            return byTime != 0 ? byTime : string.CompareOrdinal(x.Id, y.Id);
        }
    }
}
