using System;
using Letta.Generated.Cli.Options;

namespace Letta.Generated.Cli.Output
{
    /// <summary>Picks the writer for an output format.</summary>
    internal static class BatchWriters
    {
        /// <param name="format">The output format.</param>
        /// <param name="sink">Standard output.</param>
        /// <param name="tableWidth">The width the table fits (a terminal's), or null to keep rows whole.</param>
        /// <param name="colour">Whether the table may colour its statuses.</param>
        public static IBatchWriter Create(OutputFormat format, OutputSink sink, int? tableWidth = null, bool colour = false) => format switch
        {
            OutputFormat.Table => new TableWriter(sink, tableWidth, colour),
            OutputFormat.Json => new JsonArrayWriter(sink),
            OutputFormat.Jsonl => new JsonLinesWriter(sink),
            OutputFormat.Csv => new CsvWriter(sink),
            OutputFormat.Count => new CountWriter(sink),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown output format."),
        };
    }
}
