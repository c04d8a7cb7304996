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

        public JsonLinesWriter(TextWriter output) => _output = output;

        public void Write(BatchJob batch)
        {
            using (var json = new JsonTextWriter(_output) { Formatting = Formatting.None, CloseOutput = false })
            {
                _serializer.Serialize(json, batch);
            }
            _output.Write('\n');
        }

        public Task FlushAsync() => _output.FlushAsync();

        public Task CompleteAsync() => _output.FlushAsync();
    }
}
