using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Letta.Generated.Cli.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Cli.Tests
{
    /// <summary>--demo: a built-in simulated server in-process; without it, the usual configuration.</summary>
    public sealed class DemoTests
    {
        private const string Note = "note: --demo: listing a built-in simulated Letta server in-process (40 listed batches; like Letta, it lists only created and running ones).";

        [Test]
        [CancelAfter(10_000)]
        public async Task Demo_lists_the_built_in_server_as_a_table_and_says_so_on_stderr()
        {
            var run = await CliRun.RunAsync("--demo");

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(run.StderrLines[0], Is.EqualTo(Note));
            Assert.That(run.StdoutLines[0], Does.StartWith("ID  ").And.Contain("  STATUS  "));
            Assert.That(run.StdoutLines.Skip(1).ToList(), Has.Count.EqualTo(40).And.All.StartWith("job-"));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Demo_counts_its_40_listed_batches()
        {
            var run = await CliRun.RunAsync("--demo", "--count-only");

            Assert.That(run.Stdout, Is.EqualTo("40\n"));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Demo_keeps_stdout_clean_for_scripts()
        {
            var run = await CliRun.RunAsync("--demo", "--format", "jsonl");

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(run.StdoutLines, Has.Length.EqualTo(40));
            Assert.That(run.StdoutLines.Select(l => Json.Id(Json.Parse(l))), Has.All.StartWith("job-"));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Demo_ignores_the_environment_and_never_uses_the_network()
        {
            // A configured server that cannot answer: the demo must not even try it.
            var environment = new Dictionary<string, string> { ["LETTA_BASE_URL"] = "http://letta.invalid/", ["LETTA_API_KEY"] = "sk-not-used-0000", ["LETTA_CUSTOM_HEADERS"] = "Host: nope" };

            var run = await CliRun.RunAsync(new[] { "--demo", "--count-only" }, environment: environment);

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(run.Stdout, Is.EqualTo("40\n"));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Without_demo_a_configured_server_is_listed_and_no_demo_note_is_printed()
        {
            using var letta = Sim.Server(listed: 3);

            var run = await CliRun.RunAsync(Sim.Args(letta, "--count-only"), letta);

            Assert.That(run.Stdout, Is.EqualTo("3\n"));
            Assert.That(run.Stderr, Is.Empty);
        }
    }
}
