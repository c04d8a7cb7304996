using System;
using System.Linq;
using System.Threading.Tasks;
using Letta.Generated.Cli.Tests.Support;
using Letta.Generated.Simulator;
using NUnit.Framework;

namespace Letta.Generated.Cli.Tests.Watching
{
    /// <summary><c>--watch</c> in the default table: the header at once, then a row per change led by what happened, like <c>kubectl get -w</c>.</summary>
    public sealed class WatchTableTests
    {
        [Test]
        [CancelAfter(20_000)]
        public async Task Watch_table_prints_the_header_then_a_row_per_change_led_by_what_happened_and_when()
        {
            using var interruption = new Interruption();
            using var scripted = new ScriptedServer(
                new Action<SimulatedLettaServer>[]
                {
                    s => s.AddBatches(new[] { ScriptedServer.Batch("job-a", 1, "created"), ScriptedServer.Batch("job-b", 2) }),
                    s =>
                    {
                        s.UpdateBatch("job-a", b => b with { Status = "running" });
                        s.UpdateBatch("job-b", b => b with { Status = "completed" });
                    },
                },
                listing => { if (listing == 3) interruption.Request(ExitCodes.Terminated); });

            var run = await CliRun.RunAsync(Sim.Args(scripted.Server, "--watch"), scripted.Server, interruption: interruption, time: new AutoClock(d => d == TimeSpan.FromSeconds(5)));

            var rows = run.StdoutLines.Select(l => string.Join(" ", l.Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToArray();
            Assert.That(rows, Is.EqualTo(new[]
            {
                "EVENT SEEN (UTC) ID STATUS STOP REASON CREATED (UTC) DURATION AGENT",
                "appeared 00:00:00 job-b running - 2025-01-02T03:04:07Z - agent-job-b",
                "appeared 00:00:00 job-a created - 2025-01-02T03:04:06Z - agent-job-a",
                "changed 00:00:05 job-a running - 2025-01-02T03:04:06Z - agent-job-a",
                "left 00:00:05 job-b running - 2025-01-02T03:04:07Z - agent-job-b",
            }));
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Terminated));
        }

        [Test]
        [CancelAfter(20_000)]
        public async Task The_watch_table_columns_line_up_for_Letta_ids()
        {
            using var interruption = new Interruption();
            using var scripted = new ScriptedServer(
                new Action<SimulatedLettaServer>[] { s => s.AddBatch(ScriptedServer.Batch("job-123e4567-e89b-42d3-a456-426614174000", 1)) },
                listing => { if (listing == 2) interruption.Request(ExitCodes.Interrupted); });

            var run = await CliRun.RunAsync(Sim.Args(scripted.Server, "--watch"), scripted.Server, interruption: interruption, time: new AutoClock(d => d == TimeSpan.FromSeconds(5)));

            var lines = run.StdoutLines;
            Assert.That(lines[1].IndexOf("running", StringComparison.Ordinal), Is.EqualTo(lines[0].IndexOf("STATUS", StringComparison.Ordinal)));
            Assert.That(lines[1].IndexOf("2025-", StringComparison.Ordinal), Is.EqualTo(lines[0].IndexOf("CREATED", StringComparison.Ordinal)));
        }
    }
}
