using System;
using System.Linq;
using System.Threading.Tasks;
using Letta.Generated.Cli.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Cli.Tests.Watching
{
    /// <summary><c>--demo --watch</c>: the built-in server's batches move on, so changes show within seconds.</summary>
    public sealed class DemoWatchTests
    {
        [Test]
        [CancelAfter(20_000)]
        public async Task Demo_watch_shows_batches_appearing_changing_and_leaving_within_ten_seconds()
        {
            using var interruption = new Interruption();
            // One flush for the start, one per poll with changes: stop after ten of them.
            var stdout = new RecordingStream { OnFlush = n => { if (n == 11) interruption.Request(ExitCodes.Interrupted); } };

            var run = await CliRun.RunAsync(new[] { "--demo", "--watch", "--interval", "1s", "--format", "jsonl" }, interruption: interruption, stdout: stdout, time: new AutoClock(d => d == TimeSpan.FromSeconds(1)));

            var events = run.StdoutLines.Select(Json.Parse).ToList();
            var first = events.Where(e => (string?)e["at"] == "2030-01-01T00:00:00.000Z").ToList();
            Assert.That(first, Has.Count.EqualTo(40));
            Assert.That(first.Select(e => (string?)e["event"]), Is.All.EqualTo("appeared"));
            var later = events.Skip(40).Where(e => string.CompareOrdinal((string?)e["at"], "2030-01-01T00:00:10.000Z") <= 0).Select(e => (string?)e["event"]).ToList();
            Assert.That(later, Does.Contain("appeared").And.Contain("changed").And.Contain("left"));
            Assert.That(run.Stderr, Does.Contain("Its batches move on every second"));
        }

        [Test]
        [CancelAfter(20_000)]
        public async Task A_plain_demo_listing_is_unchanged_by_the_progress_of_the_watch()
        {
            var first = await CliRun.RunAsync("--demo", "--format", "jsonl");
            var second = await CliRun.RunAsync("--demo", "--format", "jsonl");

            Assert.That(second.Stdout, Is.EqualTo(first.Stdout));
            Assert.That(first.StdoutLines, Has.Length.EqualTo(40));
            Assert.That(first.Stderr, Does.Not.Contain("move on"));
        }
    }
}
