using System.Collections.Generic;
using System.Linq;
using Letta.Generated.Testing;

namespace Letta.Generated.Cli.Tests.Support
{
    /// <summary>What the server lists: created and running batches, by (created_at, id).</summary>
    internal static class Listed
    {
        public static IReadOnlyList<SimulatedBatch> Ascending(LettaSimulator simulator) =>
            simulator.Batches.Where(b => b.Status is "created" or "running").ToList();

        public static IReadOnlyList<SimulatedBatch> Descending(LettaSimulator simulator) =>
            Ascending(simulator).Reverse().ToList();

        public static IReadOnlyList<string> Ids(IEnumerable<SimulatedBatch> batches) => batches.Select(b => b.Id).ToList();
    }
}
