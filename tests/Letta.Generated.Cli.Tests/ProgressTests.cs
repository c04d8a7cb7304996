using System.Threading.Tasks;
using Letta.Generated.Cli.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Cli.Tests
{
    /// <summary>The progress line: on a terminal stderr only, never mixed into results on the same terminal, erased at the end.</summary>
    public sealed class ProgressTests
    {
        [Test]
        [CancelAfter(10_000)]
        public async Task A_terminal_stderr_shows_the_progress_line_and_erases_it_leaving_stdout_unchanged()
        {
            using var letta = Sim.Server(listed: 6);
            var plain = await CliRun.RunAsync(Sim.Args(letta, "--format", "jsonl", "--page-size", "3"), letta);

            var run = await CliRun.RunAsync(Sim.Args(letta, "--format", "jsonl", "--page-size", "3"), letta, terminal: new CliTerminal(StdoutIsTerminal: false, StderrIsTerminal: true));

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(run.Stdout, Is.EqualTo(plain.Stdout));
            Assert.That(run.Stderr, Is.EqualTo("\rListing… 3 batches, 1 pages\u001b[K\rListing… 6 batches, 2 pages\u001b[K\r\u001b[K"));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Redirected_stderr_gets_no_progress_line()
        {
            using var letta = Sim.Server(listed: 6);

            var run = await CliRun.RunAsync(Sim.Args(letta, "--format", "jsonl", "--page-size", "3"), letta);

            Assert.That(run.Stderr, Is.Empty);
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Results_streaming_to_the_same_terminal_get_no_progress_line()
        {
            using var letta = Sim.Server(listed: 6);

            var run = await CliRun.RunAsync(Sim.Args(letta, "--page-size", "3"), letta, terminal: new CliTerminal(StdoutIsTerminal: true, StderrIsTerminal: true));

            Assert.That(run.Stderr, Is.Empty);
        }
    }
}
