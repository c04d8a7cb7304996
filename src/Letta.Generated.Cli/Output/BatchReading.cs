using System;
using System.Collections.Generic;

namespace Letta.Generated.Cli.Output
{
    /// <summary>The text formats read every field through the library (<see cref="BatchJson.ToBatchJob"/>); the CLI parses nothing itself.</summary>
    internal static class BatchReading
    {
        /// <summary>
        /// Reads the page's first <paramref name="count"/> batches, each turned into what the writer prints as soon as it
        /// is read, so no page of models is held (a listing's memory is its rows, not its models).
        /// </summary>
        /// <exception cref="LettaResponseException">A batch is not a valid BatchJob; the message names the batch, the field and why.</exception>
        public static List<T> Read<T>(IReadOnlyList<BatchJson> page, int count, Func<BatchJob, T> row)
        {
            var rows = new List<T>(count);
            for (var i = 0; i < count; i++) rows.Add(row(page[i].ToBatchJob()));
            return rows;
        }
    }
}
