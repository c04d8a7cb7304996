using System.IO;
using System.Threading.Tasks;
using Newtonsoft.Json;

namespace Letta.Generated.Cli.Output
{
    /// <summary><c>--format json</c>: one indented JSON array of full batches, streamed item by item.</summary>
    internal sealed class JsonArrayWriter : IBatchWriter
    {
        private readonly TextWriter _output;
        private readonly JsonSerializer _serializer = BatchJson.CreateSerializer(Formatting.Indented);
        private readonly JsonTextWriter _json;

        public JsonArrayWriter(TextWriter output)
        {
            _output = output;
            _json = new JsonTextWriter(output) { Formatting = Formatting.Indented, CloseOutput = false };
            _json.WriteStartArray();
        }

        public void Write(BatchJob batch) => _serializer.Serialize(_json, batch);

        public async Task FlushAsync()
        {
            await _json.FlushAsync().ConfigureAwait(false);
        }

        public async Task CompleteAsync()
        {
            await _json.WriteEndArrayAsync().ConfigureAwait(false);
            await _json.FlushAsync().ConfigureAwait(false);
            await _output.WriteLineAsync().ConfigureAwait(false);
            await _output.FlushAsync().ConfigureAwait(false);
        }
    }
}
