using System.IO;
using System.Threading.Tasks;
using Letta.Generated.Cli.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Cli.Tests
{
    /// <summary>`letta-batches | head`: when stdout's reader goes away the tool stops at once, quietly.</summary>
    public sealed class BrokenPipeTests
    {
        [TestCase("jsonl")]
        [TestCase("json")]
        [TestCase("table")]
        [TestCase("csv")]
        [CancelAfter(10_000)]
        public async Task A_closed_stdout_ends_the_listing_quietly_with_exit_0_and_no_request_after_the_failed_write(string format)
        {
            using var letta = Sim.Server(listed: 40);
            var stdout = new RecordingStream { BreakAtFlush = 1, RequestCounter = () => letta.RequestCount };

            var run = await CliRun.RunAsync(Sim.Args(letta, "--format", format, "--page-size", "2"), letta, stdout: stdout);

            Assert.That(run.ExitCode, Is.EqualTo(0));
            Assert.That(run.Stderr, Is.Empty);
            Assert.That(stdout.RequestsWhenBroken, Is.Not.Null);
            Assert.That(letta.RequestCount, Is.EqualTo(stdout.RequestsWhenBroken), "no request after the write failed (one prefetched before it may have been cancelled)");
            Assert.That(letta.RequestCount, Is.LessThanOrEqualTo(2));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task A_stdout_that_cannot_be_written_is_exit_1_with_one_line_and_no_further_request()
        {
            using var letta = Sim.Server(listed: 40);
            var stdout = new RecordingStream { BreakAtFlush = 1, RequestCounter = () => letta.RequestCount, Error = () => new IOException("No space left on device", 28) };

            var run = await CliRun.RunAsync(Sim.Args(letta, "--format", "jsonl", "--page-size", "2"), letta, stdout: stdout);

            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.StderrLines, Is.EqualTo(new[] { "error: cannot write the output: No space left on device" }));
            Assert.That(letta.RequestCount, Is.EqualTo(stdout.RequestsWhenBroken));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task A_closed_stdout_during_help_exits_0_quietly()
        {
            var stdout = new RecordingStream { BreakAtFlush = 1 };

            var run = await CliRun.RunAsync(new[] { "--help" }, stdout: stdout);

            Assert.That(run.ExitCode, Is.EqualTo(0));
            Assert.That(run.Stderr, Is.Empty);
        }
    }
}
