using System;
using Letta.Generated.Cli.Options;
using Letta.Generated.Cli.Output;

namespace Letta.Generated.Cli.Watching
{
    /// <summary>Picks the writer of <c>--watch</c> for an output format (table or jsonl; the parser refuses the others).</summary>
    internal static class ChangeWriters
    {
        public static IChangeWriter Create(OutputFormat format, OutputSink sink, int? tableWidth = null, bool colour = false) => format switch
        {
            OutputFormat.Table => new ChangeTableWriter(sink, tableWidth, colour),
            OutputFormat.Jsonl => new ChangeLinesWriter(sink),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "--watch prints table or jsonl."),
        };

        /// <summary>What a change is called in both formats: appeared, changed, left.</summary>
        public static string Event(BatchChangeKind kind) => kind switch
        {
            BatchChangeKind.Appeared => "appeared",
            BatchChangeKind.Changed => "changed",
            _ => "left",
        };
    }
}
