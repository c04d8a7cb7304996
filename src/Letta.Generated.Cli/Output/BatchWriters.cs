using System;
using Letta.Generated.Cli.Options;

namespace Letta.Generated.Cli.Output
{
    /// <summary>Picks the writer for an output format.</summary>
    internal static class BatchWriters
    {
        public static IBatchWriter Create(OutputFormat format, OutputSink sink) => format switch
        {
            OutputFormat.Table => new TableWriter(sink),
            OutputFormat.Json => new JsonArrayWriter(sink),
            OutputFormat.Jsonl => new JsonLinesWriter(sink),
            OutputFormat.Csv => new CsvWriter(sink),
            OutputFormat.Count => new CountWriter(sink),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown output format."),
        };
    }
}
