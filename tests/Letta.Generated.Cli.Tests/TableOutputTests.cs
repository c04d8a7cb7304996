using System.Threading.Tasks;
using Letta.Generated.Cli.Tests.Support;
using Letta.Generated.Simulator;
using NUnit.Framework;

namespace Letta.Generated.Cli.Tests
{
    /// <summary>The default table: for people, streamed page by page, server text made harmless.</summary>
    public sealed class TableOutputTests
    {
        private const string Header = "ID     STATUS   STOP REASON  CREATED (UTC)         DURATION  AGENT";

        [Test]
        [CancelAfter(10_000)]
        public async Task Table_shows_id_status_stop_reason_utc_creation_readable_duration_and_agent()
        {
            using var letta = Sim.Empty();
            letta.Faults.Enqueue(SimulatedFault.Status(200, Bodies.Page));
            letta.Faults.Enqueue(SimulatedFault.Status(200, "[]"));

            var run = await CliRun.RunAsync(Sim.Args(letta, "--order", "asc"), letta);

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(run.Stdout, Is.EqualTo(
                Header + "\n"
                + "job-b  running  -            2025-01-02T03:04:05Z  4m 11s    agent-\u00e9\\u000a\n"
                + "job-c  created  -            2025-01-02T03:04:06Z  -         -\n"));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Table_shows_control_characters_from_the_server_as_escapes_so_a_cr_or_lf_cannot_break_a_row()
        {
            using var letta = Sim.Empty();
            letta.AddBatch(new SimulatedBatch
            {
                Id = "job-\u001b[2J\r\nx",
                CreatedAt = SimulatedBatchFactory.DefaultEpoch,
                Status = "running",
                StopReason = "\u202eend_turn",
                AgentId = "agent-\u0007",
            });

            var run = await CliRun.RunAsync(Sim.Args(letta), letta);

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(run.StdoutLines, Has.Length.EqualTo(2));
            Assert.That(run.StdoutLines[1], Does.StartWith("job-\\u001b[2J\\u000d\\u000ax  running  \\u202eend_turn  ").And.EndWith("  agent-\\u0007"));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Table_columns_are_sized_by_the_first_page_and_a_longer_value_later_is_printed_whole()
        {
            using var letta = Sim.Empty();
            letta.AddBatch(new SimulatedBatch { Id = "job-1", CreatedAt = SimulatedBatchFactory.DefaultEpoch, Status = "running" });
            letta.AddBatch(new SimulatedBatch { Id = "job-22222222", CreatedAt = SimulatedBatchFactory.DefaultEpoch.AddSeconds(1), Status = "running" });

            var run = await CliRun.RunAsync(Sim.Args(letta, "--order", "asc", "--page-size", "1"), letta);

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(run.StdoutLines, Is.EqualTo(new[]
            {
                Header,
                "job-1  running  -            2025-01-02T03:04:05Z  -         -",
                "job-22222222  running  -            2025-01-02T03:04:06Z  -         -",
            }));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task An_empty_listing_prints_the_header_and_says_why_on_stderr()
        {
            using var letta = Sim.Empty();

            var run = await CliRun.RunAsync(Sim.Args(letta), letta);

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(run.Stdout, Is.EqualTo("ID  STATUS  STOP REASON  CREATED (UTC)  DURATION  AGENT\n"));
            Assert.That(run.StderrLines, Is.EqualTo(new[] { "note: no batches listed (Letta lists only batches that are created or running)." }));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Table_shows_the_stop_reasons_the_documentation_lacks()
        {
            using var letta = Sim.Server(listed: 60);

            var run = await CliRun.RunAsync(Sim.Args(letta), letta);

            Assert.That(run.Stdout, Does.Contain("  context_window_overflow_in_system_prompt  ").Or.Contain("  insufficient_credits  ").Or.Contain("  requires_approval  "));
        }
    }
}
