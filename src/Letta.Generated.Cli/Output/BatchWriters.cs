using System;
using Letta.Generated.Cli.Commands;

namespace Letta.Generated.Cli.Output
{
    /// <summary>Picks the writer for an output format.</summary>
    internal static class BatchWriters
    {
        public static IBatchWriter Create(OutputFormat format, CliContext context) => format switch
        {
            OutputFormat.Table => new TableWriter(Consoles.ForStdout(context)),
            OutputFormat.Json => new JsonArrayWriter(context.Stdout),
            OutputFormat.Jsonl => new JsonLinesWriter(context.Stdout),
            OutputFormat.Csv => new CsvWriter(context.Stdout),
            OutputFormat.Count => new CountWriter(context.Stdout),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown output format."),
        };

        /// <summary>Whether the format writes while the listing runs (so a progress line on the same terminal would garble it).</summary>
        public static bool Streams(OutputFormat format) => format is OutputFormat.Json or OutputFormat.Jsonl or OutputFormat.Csv;
    }
}
