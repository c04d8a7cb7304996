using System.Collections.Generic;
using System.Threading.Tasks;
using Letta.Generated.Cli.Tests.Support;
using Letta.Generated.Simulator;
using NUnit.Framework;

namespace Letta.Generated.Cli.Tests
{
    /// <summary>The table in a person's terminal: it fits the width with ids whole; piped, rows stay whole.</summary>
    public sealed class TerminalTableTests
    {
        private const string FullHeader = "ID                                        STATUS   STOP REASON                               CREATED (UTC)         DURATION  AGENT";
        private const string FullRow = "job-00000000-0000-4000-8000-000000000001  running  context_window_overflow_in_system_prompt  2025-01-02T03:04:05Z  -         agent-00000000-0000-4000-8000-000000000001";

        [Test]
        [CancelAfter(10_000)]
        public async Task At_80_columns_the_table_keeps_id_status_and_created_with_the_id_whole()
        {
            var run = await RunInTerminalAsync(80);

            Assert.That(run.StdoutLines, Is.EqualTo(new[]
            {
                "ID                                        STATUS   CREATED (UTC)",
                "job-00000000-0000-4000-8000-000000000001  running  2025-01-02T03:04:05Z",
            }));
            Assert.That(run.StdoutLines, Has.All.Length.LessThanOrEqualTo(80));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task At_120_columns_the_table_drops_agent_and_shortens_stop_reason_with_an_ellipsis()
        {
            var run = await RunInTerminalAsync(120);

            Assert.That(run.StdoutLines, Is.EqualTo(new[]
            {
                "ID                                        STATUS   STOP REASON                            CREATED (UTC)         DURATION",
                "job-00000000-0000-4000-8000-000000000001  running  context_window_overflow_in_system_pr…  2025-01-02T03:04:05Z  -",
            }));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task At_200_columns_the_table_shows_every_column_whole()
        {
            var run = await RunInTerminalAsync(200);

            Assert.That(run.StdoutLines, Is.EqualTo(new[] { FullHeader, FullRow }));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Piped_the_table_keeps_every_row_whole_whatever_COLUMNS_says()
        {
            using var letta = Server();

            var run = await CliRun.RunAsync(Sim.Args(letta, "--no-color"), letta, environment: new Dictionary<string, string> { ["COLUMNS"] = "80" });

            Assert.That(run.StdoutLines, Is.EqualTo(new[] { FullHeader, FullRow }));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task In_a_terminal_COLUMNS_wins_over_the_terminals_own_width()
        {
            using var letta = Server();

            var run = await CliRun.RunAsync(Sim.Args(letta, "--no-color"), letta, environment: new Dictionary<string, string> { ["COLUMNS"] = "200" }, terminal: new CliTerminal(true, false, 80));

            Assert.That(run.StdoutLines, Is.EqualTo(new[] { FullHeader, FullRow }));
        }

        private static async Task<CliRun> RunInTerminalAsync(int columns)
        {
            using var letta = Server();
            return await CliRun.RunAsync(Sim.Args(letta, "--no-color"), letta, terminal: new CliTerminal(StdoutIsTerminal: true, StderrIsTerminal: false, Columns: columns));
        }

        private static SimulatedLettaServer Server()
        {
            var letta = Sim.Empty();
            letta.AddBatch(new SimulatedBatch
            {
                Id = "job-00000000-0000-4000-8000-000000000001",
                CreatedAt = SimulatedBatchFactory.DefaultEpoch,
                Status = "running",
                StopReason = "context_window_overflow_in_system_prompt",
                AgentId = "agent-00000000-0000-4000-8000-000000000001",
            });
            return letta;
        }
    }
}
