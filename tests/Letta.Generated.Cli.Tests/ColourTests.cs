using System.Collections.Generic;
using System.Threading.Tasks;
using Letta.Generated.Cli.Tests.Support;
using Letta.Generated.Simulator;
using NUnit.Framework;

namespace Letta.Generated.Cli.Tests
{
    /// <summary>Colour for people only (ESC is looked for by char: a culture-aware string search ignores it): a terminal without NO_COLOR or --no-color; never piped or redirected.</summary>
    public sealed class ColourTests
    {
        private const char Esc = '\u001b';
        private static readonly CliTerminal Terminal = new(StdoutIsTerminal: true, StderrIsTerminal: true, Columns: 200);

        [Test]
        [CancelAfter(10_000)]
        public async Task In_a_terminal_the_status_is_coloured_green_for_running()
        {
            using var letta = Server();

            var run = await CliRun.RunAsync(Sim.Args(letta), letta, terminal: Terminal);

            Assert.That(run.StdoutLines[1], Does.Contain("  \u001b[32mrunning\u001b[0m  "));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task In_a_terminal_notes_and_errors_on_stderr_are_coloured()
        {
            using var empty = Sim.Empty();
            var note = await CliRun.RunAsync(Sim.Args(empty), empty, terminal: Terminal);
            var error = await CliRun.RunAsync(new[] { "--bogus" }, terminal: Terminal);

            Assert.That(note.Stderr, Is.EqualTo("\u001b[33mnote: no batches listed (Letta lists only batches that are created or running).\u001b[0m\n"));
            Assert.That(error.StderrLines[0], Is.EqualTo("\u001b[31merror: unknown option '--bogus'.\u001b[0m"));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Piped_or_redirected_output_has_no_colour()
        {
            using var letta = Server();

            var run = await CliRun.RunAsync(Sim.Args(letta), letta);

            Assert.That((run.Stdout + run.Stderr).Contains(Esc), Is.False);
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task NO_COLOR_turns_colour_off_in_a_terminal()
        {
            using var letta = Server();

            var run = await CliRun.RunAsync(Sim.Args(letta), letta, environment: new Dictionary<string, string> { ["NO_COLOR"] = "1" }, terminal: Terminal);
            var error = await CliRun.RunAsync(new[] { "--bogus" }, environment: new Dictionary<string, string> { ["NO_COLOR"] = "1" }, terminal: Terminal);

            Assert.That((run.Stdout + error.Stderr).Contains(Esc), Is.False);
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task An_empty_NO_COLOR_leaves_colour_on_as_no_color_org_says()
        {
            using var letta = Server();

            var run = await CliRun.RunAsync(Sim.Args(letta), letta, environment: new Dictionary<string, string> { ["NO_COLOR"] = string.Empty }, terminal: Terminal);

            Assert.That(run.Stdout.Contains(Esc), Is.True);
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task No_color_option_turns_colour_off_in_a_terminal()
        {
            using var letta = Server();

            var run = await CliRun.RunAsync(Sim.Args(letta, "--no-color"), letta, terminal: Terminal);
            var error = await CliRun.RunAsync(new[] { "--no-color", "--bogus" }, terminal: Terminal);

            Assert.That((run.Stdout + error.Stderr).Contains(Esc), Is.False);
        }

        private static SimulatedLettaServer Server()
        {
            var letta = Sim.Empty();
            letta.AddBatch(new SimulatedBatch { Id = "job-1", CreatedAt = SimulatedBatchFactory.DefaultEpoch, Status = "running" });
            return letta;
        }
    }
}
