using System.IO;
using System.Threading.Tasks;
using Newtonsoft.Json;

namespace Letta.Generated.Cli.Output
{
    /// <summary>
    /// <c>--format jsonl</c>: one compact batch object per line, written as it arrives; nothing is kept, so
    /// memory stays flat however long the listing is.
    /// </summary>
    internal sealed class JsonLinesWriter : IBatchWriter
    {
        private readonly TextWriter _output;
        private readonly JsonSerializer _serializer = BatchJson.CreateSerializer(Formatting.None);
        private readonly JsonTextWriter _json;

        public JsonLinesWriter(TextWriter output)
        {
            _output = output;
            // One writer for every line: a top-level value completes the writer's state, so the next one starts
            // afresh. Disposing a writer per batch would flush stdout once per batch.
            _json = new JsonTextWriter(output) { Formatting = Formatting.None, CloseOutput = false };
        }

        public void Write(BatchJob batch)
        {
            _serializer.Serialize(_json, batch);
            _output.Write('\n');
        }

        public Task FlushAsync() => _output.FlushAsync();

        public Task CompleteAsync() => _output.FlushAsync();
    }
}
