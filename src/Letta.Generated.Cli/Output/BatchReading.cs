using System.Collections.Generic;

namespace Letta.Generated.Cli.Output
{
    /// <summary>The text formats read every field through the library (<see cref="BatchJson.ToBatchJob"/>); the CLI parses nothing itself.</summary>
    internal static class BatchReading
    {
        /// <exception cref="LettaResponseException">A batch is not a valid BatchJob; the message names the batch, the field and why.</exception>
        public static List<BatchJob> Read(IReadOnlyList<BatchJson> page, int count)
        {
            var batches = new List<BatchJob>(count);
            for (var i = 0; i < count; i++) batches.Add(page[i].ToBatchJob());
            return batches;
        }
    }
}
