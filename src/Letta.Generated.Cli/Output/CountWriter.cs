using System.Globalization;
using System.IO;
using System.Threading.Tasks;

namespace Letta.Generated.Cli.Output
{
    /// <summary><c>--format count</c> / <c>--count-only</c>: counts the batches and prints the number.</summary>
    internal sealed class CountWriter : IBatchWriter
    {
        private readonly TextWriter _output;
        private long _count;

        public CountWriter(TextWriter output) => _output = output;

        public void Write(BatchJob batch) => _count++;

        public Task FlushAsync() => Task.CompletedTask;

        public async Task CompleteAsync()
        {
            await _output.WriteLineAsync(_count.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
            await _output.FlushAsync().ConfigureAwait(false);
        }
    }
}
