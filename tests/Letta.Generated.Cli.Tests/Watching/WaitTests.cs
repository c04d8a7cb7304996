using System;
using System.Threading.Tasks;
using Letta.Generated.Cli.Tests.Support;
using Letta.Generated.Simulator;
using NUnit.Framework;

namespace Letta.Generated.Cli.Tests.Watching
{
    /// <summary><c>--wait &lt;ID&gt;</c>: polls until the batch is no longer listed (exit 0), bounded by <c>--timeout</c> (exit 1).</summary>
    public sealed class WaitTests
    {
        private static AutoClock Clock() => new(d => d == TimeSpan.FromSeconds(5));

        [Test]
        [CancelAfter(20_000)]
        public async Task Wait_returns_0_once_the_batch_is_no_longer_listed()
        {
            using var scripted = new ScriptedServer(new Action<SimulatedLettaServer>[]
            {
                s => s.AddBatches(new[] { ScriptedServer.Batch("job-a", 1), ScriptedServer.Batch("job-b", 2) }),
                _ => { },
                s => s.UpdateBatch("job-a", b => b with { Status = "completed" }),
            });
            var clock = Clock();

            var run = await CliRun.RunAsync(Sim.Args(scripted.Server, "--wait", "job-a"), scripted.Server, time: clock);

            Assert.That(run.ExitCode, Is.EqualTo(0));
            Assert.That(scripted.Listings, Is.EqualTo(3));
            Assert.That(clock.GetUtcNow(), Is.EqualTo(AutoClock.Epoch.AddSeconds(10)));
            Assert.That(run.Stdout, Is.Empty);
            Assert.That(run.StderrLines, Is.EqualTo(new[]
            {
                "note: waiting for batch job-a (running) to leave the listing; polling every 5s.",
                "note: batch job-a is no longer listed: it finished, failed, was cancelled or expired (the listing cannot say which).",
            }));
        }

        [Test]
        [CancelAfter(20_000)]
        public async Task A_batch_not_listed_at_the_first_poll_is_reported_and_exits_0_at_once()
        {
            using var scripted = new ScriptedServer(new Action<SimulatedLettaServer>[] { s => s.AddBatch(ScriptedServer.Batch("job-a", 1)) });
            var clock = Clock();

            var run = await CliRun.RunAsync(Sim.Args(scripted.Server, "--wait", "job-gone"), scripted.Server, time: clock);

            Assert.That(run.ExitCode, Is.EqualTo(0));
            Assert.That(scripted.Listings, Is.EqualTo(1));
            Assert.That(clock.Skipped, Is.Empty, "no wait");
            Assert.That(run.StderrLines, Is.EqualTo(new[]
            {
                "note: batch job-gone is not listed (Letta lists only created and running batches): it has already finished, failed, been cancelled or expired, or no such batch exists.",
            }));
        }

        [Test]
        [CancelAfter(20_000)]
        public async Task When_the_timeout_runs_out_the_wait_exits_1_and_says_the_batch_is_still_listed()
        {
            using var scripted = new ScriptedServer(new Action<SimulatedLettaServer>[] { s => s.AddBatch(ScriptedServer.Batch("job-a", 1)) });
            var clock = Clock();

            var run = await CliRun.RunAsync(Sim.Args(scripted.Server, "--wait", "job-a", "--timeout", "12s"), scripted.Server, time: clock);

            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(scripted.Listings, Is.EqualTo(3), "polls at 0, 5 and 10 seconds");
            Assert.That(run.StderrLines[^1], Is.EqualTo("letta-batches: --timeout 12s ran out: batch job-a is still listed."));
        }

        [Test]
        [CancelAfter(20_000)]
        public async Task A_failed_poll_is_said_on_stderr_and_the_wait_goes_on()
        {
            using var scripted = new ScriptedServer(
                new Action<SimulatedLettaServer>[] { s => s.AddBatch(ScriptedServer.Batch("job-a", 1)), _ => { }, s => s.RemoveBatch("job-a") },
                faultAt: listing => listing == 2 ? SimulatedFault.ServiceUnavailable() : null);
            var clock = new AutoClock(d => d == TimeSpan.FromSeconds(5) || d == TimeSpan.FromSeconds(10));

            var run = await CliRun.RunAsync(Sim.Args(scripted.Server, "--wait", "job-a"), scripted.Server, time: clock, maxRetries: 0);

            Assert.That(run.ExitCode, Is.EqualTo(0));
            Assert.That(run.StderrLines[1], Does.StartWith("letta-batches: poll failed (").And.EndWith("); next poll in 10s."));
            Assert.That(run.StderrLines[2], Does.StartWith("note: batch job-a is no longer listed"));
        }

        [TestCase(ExitCodes.Interrupted)]
        [TestCase(ExitCodes.Terminated)]
        [CancelAfter(20_000)]
        public async Task A_signal_ends_the_wait_with_its_exit_code(int signal)
        {
            using var interruption = new Interruption();
            using var scripted = new ScriptedServer(
                new Action<SimulatedLettaServer>[] { s => s.AddBatch(ScriptedServer.Batch("job-a", 1)) },
                listing => { if (listing == 2) interruption.Request(signal); });

            var run = await CliRun.RunAsync(Sim.Args(scripted.Server, "--wait", "job-a"), scripted.Server, interruption: interruption, time: Clock());

            Assert.That(run.ExitCode, Is.EqualTo(signal));
            Assert.That(run.StderrLines[^1], Does.StartWith("note: wait ").And.EndWith("; batch job-a was still listed."));
        }

        [Test]
        [CancelAfter(20_000)]
        public async Task A_signal_before_the_batch_was_ever_seen_says_so_and_not_that_it_was_still_listed()
        {
            using var interruption = new Interruption();
            using var scripted = new ScriptedServer(
                new Action<SimulatedLettaServer>[] { s => s.AddBatch(ScriptedServer.Batch("job-a", 1)) },
                listing => { if (listing == 1) interruption.Request(ExitCodes.Interrupted); });

            var run = await CliRun.RunAsync(Sim.Args(scripted.Server, "--wait", "job-a"), scripted.Server, interruption: interruption, time: Clock());

            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Interrupted));
            Assert.That(run.StderrLines[^1], Is.EqualTo("note: wait interrupted before batch job-a was found listed."));
        }

        [Test]
        [CancelAfter(20_000)]
        public async Task A_404_ends_the_wait_with_exit_1_instead_of_polling_a_wrong_base_url_forever()
        {
            using var scripted = new ScriptedServer(
                new Action<SimulatedLettaServer>[] { s => s.AddBatch(ScriptedServer.Batch("job-a", 1)) },
                faultAt: listing => listing == 1 ? SimulatedFault.Status(404, "{\"detail\":\"Not Found\"}") : null);

            var run = await CliRun.RunAsync(Sim.Args(scripted.Server, "--wait", "job-a"), scripted.Server, time: Clock(), maxRetries: 0);

            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Failure));
            Assert.That(run.Stderr, Does.Not.Contain("poll failed"));
            Assert.That(run.Stderr, Does.Contain("404"));
        }
    }
}
