using System.Collections.Generic;

namespace Letta.Generated.Cli.Output
{
    /// <summary>
    /// <c>--format json</c>: one JSON array of the batches exactly as the server sent them (bytes copied, one batch
    /// per line). The array is always closed, also when the listing fails or is interrupted, so stdout is valid JSON
    /// of what was listed.
    /// </summary>
    internal sealed class JsonArrayWriter : IBatchWriter
    {
        private readonly OutputSink _sink;
        private long _written;

        public JsonArrayWriter(OutputSink sink) => _sink = sink;

        public void WritePage(IReadOnlyList<BatchJson> page, int count)
        {
            for (var i = 0; i < count; i++)
            {
                _sink.Write(_written++ == 0 ? (byte)'[' : (byte)',');
                _sink.Write((byte)'\n');
                _sink.Write(page[i].Utf8Json.Span);
            }

            _sink.Flush();
        }

        public void Finish() => Close();

        public void Close()
        {
            _sink.Write(_written == 0 ? "[]\n" : "\n]\n");
            _sink.Flush();
        }
    }
}
