using System;
using System.Linq;
using System.Threading.Tasks;
using Letta.Generated.Cli.Tests.Support;
using Letta.Generated.Simulator;
using NUnit.Framework;

namespace Letta.Generated.Cli.Tests.Watching
{
    /// <summary>
    /// <c>--watch --format jsonl</c> against a server whose active batches change between listings: one line per
    /// change between consecutive listings, nothing twice, nothing missing, each with the server's object byte for
    /// byte. The clock is fake and skips the waits between polls.
    /// </summary>
    public sealed class WatchJsonlTests
    {
        [TestCase(ExitCodes.Interrupted)]
        [TestCase(ExitCodes.Terminated)]
        [CancelAfter(20_000)]
        public async Task Watch_jsonl_prints_exactly_the_changes_between_consecutive_listings_each_with_the_servers_object(int signal)
        {
            using var interruption = new Interruption();
            using var scripted = new ScriptedServer(
                new Action<SimulatedLettaServer>[]
                {
                    s => s.AddBatches(new[] { ScriptedServer.Batch("job-a", 1, "created"), ScriptedServer.Batch("job-b", 2), ScriptedServer.Batch("job-c", 3), ScriptedServer.Batch("job-d", 4), ScriptedServer.Batch("job-e", 5) }),
                    s =>
                    {
                        s.UpdateBatch("job-a", b => b with { Status = "running" });
                        s.UpdateBatch("job-b", b => b with { Status = "completed", StopReason = "end_turn" });
                        s.AddBatch(ScriptedServer.Batch("job-f", 6, "created"));
                    },
                    _ => { },
                    s => s.UpdateBatch("job-e", b => b with { Status = "pending" }),
                    s =>
                    {
                        s.UpdateBatch("job-e", b => b with { Status = "running" });
                        s.UpdateBatch("job-c", b => b with { TtftNs = 3_000_000_000L });
                        s.UpdateBatch("job-d", b => b with { Status = "cancelled", StopReason = "cancelled" });
                        // Arrives and finishes between two listings: never listed, so never reported.
                        s.AddBatch(ScriptedServer.Batch("job-x", 7, "completed"));
                    },
                },
                listing => { if (listing == 6) interruption.Request(signal); });
            var clock = new AutoClock(d => d == TimeSpan.FromSeconds(5));

            var run = await CliRun.RunAsync(Sim.Args(scripted.Server, "--watch", "--format", "jsonl"), scripted.Server, interruption: interruption, time: clock);

            string Line(string kind, int seconds, int listing, string id) =>
                "{\"event\":\"" + kind + "\",\"at\":\"2030-01-01T00:00:" + seconds.ToString("00") + ".000Z\",\"batch\":" + scripted.Json(listing, id) + "}";
            Assert.That(run.StdoutLines, Is.EqualTo(new[]
            {
                Line("appeared", 0, 1, "job-e"), Line("appeared", 0, 1, "job-d"), Line("appeared", 0, 1, "job-c"), Line("appeared", 0, 1, "job-b"), Line("appeared", 0, 1, "job-a"),
                Line("appeared", 5, 2, "job-f"), Line("changed", 5, 2, "job-a"), Line("left", 5, 1, "job-b"),
                Line("left", 15, 3, "job-e"),
                Line("appeared", 20, 5, "job-e"), Line("changed", 20, 5, "job-c"), Line("left", 20, 4, "job-d"),
            }));
            Assert.That(run.ExitCode, Is.EqualTo(signal));
            Assert.That(run.Stderr, Does.Contain("note: watch " + (signal == ExitCodes.Terminated ? "terminated (SIGTERM)" : "interrupted") + "."));
            Assert.That(run.Stderr, Does.Not.Contain("   at "), "no stack trace");
        }

        [Test]
        [CancelAfter(20_000)]
        public async Task Interval_sets_the_wait_between_polls_and_at_is_each_polls_UTC_time()
        {
            using var interruption = new Interruption();
            using var scripted = new ScriptedServer(
                new Action<SimulatedLettaServer>[] { s => s.AddBatch(ScriptedServer.Batch("job-a", 1)), _ => { }, s => s.RemoveBatch("job-a") },
                listing => { if (listing == 4) interruption.Request(ExitCodes.Interrupted); });
            var clock = new AutoClock(d => d == TimeSpan.FromMilliseconds(500));

            var run = await CliRun.RunAsync(Sim.Args(scripted.Server, "--watch", "--interval", "500ms", "-f", "jsonl"), scripted.Server, interruption: interruption, time: clock);

            Assert.That(run.StdoutLines.Select(l => Json.Parse(l)).Select(j => (string?)j["event"] + " " + (string?)j["at"]), Is.EqualTo(new[]
            {
                "appeared 2030-01-01T00:00:00.000Z",
                "left 2030-01-01T00:00:01.000Z",
            }));
            Assert.That(clock.Skipped, Is.EqualTo(new[] { TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(500) }));
            Assert.That(run.Stderr, Does.Contain("note: watching every 500ms until Ctrl+C."));
        }

        [Test]
        [CancelAfter(20_000)]
        public async Task A_closed_stdout_ends_a_watch_quietly_with_exit_0()
        {
            using var scripted = new ScriptedServer(new Action<SimulatedLettaServer>[] { s => s.AddBatch(ScriptedServer.Batch("job-a", 1)) });
            // The first flush is the (empty) start; the reader is gone by the first poll's.
            var stdout = new RecordingStream { BreakAtFlush = 2 };

            var run = await CliRun.RunAsync(Sim.Args(scripted.Server, "--watch", "--format", "jsonl"), scripted.Server, stdout: stdout, time: new AutoClock(d => d == TimeSpan.FromSeconds(5)));

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            // The run returned: the watch ended instead of polling on (the fake clock lets it poll while it writes).
            Assert.That(run.StderrLines.Where(l => !l.StartsWith("note:", StringComparison.Ordinal)), Is.Empty);
        }

        [Test]
        [CancelAfter(20_000)]
        public async Task A_failed_poll_is_said_on_stderr_and_the_watch_goes_on_after_a_longer_wait()
        {
            using var interruption = new Interruption();
            using var scripted = new ScriptedServer(
                new Action<SimulatedLettaServer>[] { s => s.AddBatch(ScriptedServer.Batch("job-a", 1)), _ => { }, s => s.RemoveBatch("job-a") },
                listing => { if (listing == 4) interruption.Request(ExitCodes.Interrupted); },
                faultAt: listing => listing == 2 ? SimulatedFault.ServiceUnavailable() : null);
            var clock = new AutoClock(d => d == TimeSpan.FromSeconds(5) || d == TimeSpan.FromSeconds(10));

            var run = await CliRun.RunAsync(Sim.Args(scripted.Server, "--watch", "-f", "jsonl"), scripted.Server, interruption: interruption, time: clock, maxRetries: 0);

            Assert.That(run.StdoutLines.Select(l => (string?)Json.Parse(l)["event"] + " " + (string?)Json.Parse(l)["at"]), Is.EqualTo(new[] { "appeared 2030-01-01T00:00:00.000Z", "left 2030-01-01T00:00:15.000Z" }), run.Stderr);
            // The same line --wait prints: no .NET type name, the next poll as the options are written.
            Assert.That(run.StderrLines, Has.One.StartsWith("letta-batches: poll failed (Letta returned 503").And.EndsWith("); next poll in 10s."));
        }

        [Test]
        [CancelAfter(20_000)]
        public async Task A_refused_key_ends_the_watch_with_exit_1_and_the_error_line()
        {
            using var letta = new SimulatedLettaServer(new LettaSimulatorOptions { ApiKey = "right" });

            var run = await CliRun.RunAsync(Sim.Args(letta, "--watch", "--api-key", "wrong"), letta, time: new AutoClock(d => d == TimeSpan.FromSeconds(5)));

            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Stderr, Does.Contain("401"));
            Assert.That(letta.RequestCount, Is.EqualTo(1));
        }
    }
}
