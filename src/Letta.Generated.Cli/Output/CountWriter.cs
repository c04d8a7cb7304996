using System.Collections.Generic;
using System.Globalization;

namespace Letta.Generated.Cli.Output
{
    /// <summary><c>--format count</c> / <c>--count-only</c>: the number of batches, printed when the listing is complete.</summary>
    internal sealed class CountWriter : IBatchWriter
    {
        private readonly OutputSink _sink;
        private long _count;

        public CountWriter(OutputSink sink) => _sink = sink;

        public void WritePage(IReadOnlyList<BatchJson> page, int count) => _count += count;

        public void Finish()
        {
            _sink.Write(_count.ToString(CultureInfo.InvariantCulture) + "\n");
            _sink.Flush();
        }

        // A partial count on stdout would read as the answer; stderr says how far the listing got.
        public void Close() => _sink.Flush();
    }
}
