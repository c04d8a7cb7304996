using System.Collections.Generic;
using System.Globalization;
using Letta.Generated.Cli.Output;

namespace Letta.Generated.Cli.Watching
{
    /// <summary>
    /// <c>--watch --format jsonl</c>: one line per change, <c>{"event":"left","at":"2026-01-01T00:00:05.000Z","batch":{…}}</c>,
    /// the batch's bytes exactly as the server sent them (the last listing's, for left), <c>at</c> the poll's time in UTC.
    /// </summary>
    internal sealed class ChangeLinesWriter : IChangeWriter
    {
        private readonly OutputSink _sink;

        public ChangeLinesWriter(OutputSink sink) => _sink = sink;

        public void Start() => _sink.Flush();

        public void Write(IReadOnlyList<BatchChange> changes)
        {
            foreach (var change in changes)
            {
                _sink.Write("{\"event\":\"" + ChangeWriters.Event(change.Kind) + "\",\"at\":\"" + At(change) + "\",\"batch\":");
                JsonLinesWriter.WriteOnOneLine(_sink, change.Batch.Utf8Json.Span);
                _sink.Write("}\n");
            }

            _sink.Flush();
        }

        /// <summary>UTC, to the millisecond: <c>2026-01-01T00:00:05.000Z</c>.</summary>
        public static string At(BatchChange change) =>
            change.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
    }
}
