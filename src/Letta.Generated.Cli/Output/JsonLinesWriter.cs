using System;
using System.Collections.Generic;

namespace Letta.Generated.Cli.Output
{
    /// <summary>
    /// <c>--format jsonl</c>: each batch's JSON exactly as the server sent it, one per line. The bytes are copied,
    /// never parsed or re-serialized. The one change: a server that pretty-prints puts line breaks between tokens,
    /// which would split a JSON Lines record; outside strings they are only whitespace (inside, JSON forbids them
    /// raw), so they become spaces and every value stays as sent.
    /// </summary>
    internal sealed class JsonLinesWriter : IBatchWriter
    {
        private readonly OutputSink _sink;

        public JsonLinesWriter(OutputSink sink) => _sink = sink;

        public void WritePage(IReadOnlyList<BatchJson> page, int count)
        {
            for (var i = 0; i < count; i++)
            {
                WriteOnOneLine(_sink, page[i].Utf8Json.Span);
                _sink.Write((byte)'\n');
            }

            _sink.Flush();
        }

        public void Finish() => _sink.Flush();

        public void Close() => _sink.Flush();

        /// <summary>A batch's JSON as sent, with any line break between tokens made a space (also the watch's lines).</summary>
        public static void WriteOnOneLine(OutputSink sink, ReadOnlySpan<byte> json)
        {
            if (json.IndexOfAny((byte)'\n', (byte)'\r') < 0)
            {
                sink.Write(json);
                return;
            }

            foreach (var b in json)
            {
                sink.Write(b is (byte)'\n' or (byte)'\r' ? (byte)' ' : b);
            }
        }
    }
}
