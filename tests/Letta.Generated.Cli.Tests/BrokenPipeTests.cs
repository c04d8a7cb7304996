using System.IO;
using System.Text;
using System.Threading.Tasks;
using Letta.Generated.Testing;
using NUnit.Framework;

namespace Letta.Generated.Cli.Tests
{
    /// <summary>`letta-batches --format jsonl | head`: the reader going away ends the listing quietly.</summary>
    public sealed class BrokenPipeTests
    {
        [Test]
        public async Task A_reader_that_closes_the_pipe_ends_the_listing_quietly_with_exit_0()
        {
            using var letta = LettaSimulator.Start(new LettaSimulatorOptions { SeedCount = 40 });
            var stdout = new ClosedAfterFirstFlush();
            var stderr = new StringWriter();

            var exitCode = await CliApp.RunAsync(new[] { "--base-url", letta.BaseUrl.ToString(), "--format", "jsonl", "--page-size", "2" }, stdout, stderr, _ => null);

            Assert.That(exitCode, Is.EqualTo(0));
            Assert.That(stderr.ToString(), Is.Empty);
            Assert.That(letta.RequestCount, Is.EqualTo(1), "no page is fetched after the reader left");
        }

        /// <summary>Like a pipe whose reader exited: the first flush fails with EPIPE.</summary>
        private sealed class ClosedAfterFirstFlush : StringWriter
        {
            public override Encoding Encoding => Encoding.UTF8;

            public override Task FlushAsync() => Task.FromException(new IOException("Broken pipe", 32));

            public override void Flush() => throw new IOException("Broken pipe", 32);
        }
    }
}
