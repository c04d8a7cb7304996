using System;
using System.Linq;
using System.Threading.Tasks;
using Letta.Generated.Simulator;
using Letta.Generated.Tests.Support;
using Microsoft.Extensions.Logging;
using NUnit.Framework;

namespace Letta.Generated.Tests.Watching
{
    /// <summary>
    /// A poll that fails (after the client's retries, none here) does not end a watch: the next poll comes after a
    /// doubling wait, capped; the failure is a log event, a failed span and a metric. Fake clock, no real waits.
    /// </summary>
    [CancelAfter(30_000)]
    public class WatchFailureTests
    {
        private static readonly TimeSpan FiveSeconds = TimeSpan.FromSeconds(5);

        [Test]
        public async Task Failed_polls_wait_twice_as_long_each_time_up_to_the_cap_then_the_interval_again()
        {
            using var server = InProcessListing.ServerWith(2);
            await using var watch = new WatchDriver(server, new WatchBatchesOptions { MaxFailureDelay = TimeSpan.FromSeconds(30) });
            var wait = await watch.NextWaitAsync();
            server.Faults.EnqueueRepeated(SimulatedFault.ServiceUnavailable(), 4);

            var waits = new[] { wait };
            for (var i = 0; i < 5; i++) waits = waits.Append(wait = await watch.PollAfterAsync(wait)).ToArray();

            Assert.That(waits.Select(w => w.TotalSeconds), Is.EqualTo(new[] { 5.0, 10, 20, 30, 30, 5 }));
            Assert.That(watch.Consumer.IsCompleted, Is.False, "the watch goes on");
        }

        [Test]
        public async Task After_failed_polls_the_changes_are_reported_against_the_last_complete_listing()
        {
            using var server = InProcessListing.ServerWith(2);
            await using var watch = new WatchDriver(server);
            var wait = await watch.NextWaitAsync();
            server.Faults.Enqueue(SimulatedFault.UnknownError());
            server.UpdateBatch("job-000", b => b with { Status = "completed" });

            wait = await watch.PollAfterAsync(wait);
            await watch.PollAfterAsync(wait);

            Assert.That(watch.Changes.Select(c => c.Kind + " " + c.Id), Is.EqualTo(new[] { "Appeared job-001", "Appeared job-000", "Left job-000" }));
            Assert.That(watch.Changes.Last().At, Is.EqualTo(watch.Start + TimeSpan.FromSeconds(15)));
        }

        [Test]
        public async Task A_poll_that_fails_part_way_through_its_listing_reports_no_batch_as_left()
        {
            using var server = InProcessListing.ServerWith(4);
            await using var watch = new WatchDriver(server, new WatchBatchesOptions { PageSize = 2 });
            var wait = await watch.NextWaitAsync();
            // The second poll's second page fails: its first page alone must not make job-001 and job-000 look gone.
            server.OnRequest(r => { if (r.Number == 4) server.Faults.Enqueue(SimulatedFault.DatabaseError()); });

            wait = await watch.PollAfterAsync(wait);
            await watch.PollAfterAsync(wait);

            Assert.That(watch.Changes.Select(c => c.Kind), Is.All.EqualTo(BatchChangeKind.Appeared));
            Assert.That(watch.Changes, Has.Count.EqualTo(4));
        }

        [Test]
        public async Task A_failed_poll_is_a_warning_log_event_a_failed_span_and_a_failed_poll_metric()
        {
            using var telemetry = new TelemetryCapture();
            var polls = telemetry.Collect<long>("letta.client.watch.poll.count");
            using var server = InProcessListing.ServerWith(1);
            await using var watch = new WatchDriver(server, telemetry: telemetry);
            var wait = await watch.NextWaitAsync();
            server.Faults.Enqueue(SimulatedFault.ServiceUnavailable());

            await watch.PollAfterAsync(wait);

            var failed = telemetry.Events(301).Single();
            Assert.That(failed.Level, Is.EqualTo(LogLevel.Warning));
            Assert.That(failed.Category, Is.EqualTo("Letta.Generated.Watch"));
            Assert.That(failed.Message, Does.StartWith("Letta watch poll 2 failed (1 in a row) with Letta.Generated.LettaServerException: "));
            Assert.That(failed.Message, Does.EndWith("; next poll in 10000 ms."));
            var spans = telemetry.Spans("Letta.WatchBatches.Poll");
            Assert.That(spans.Select(s => s.Status.ToString()), Is.EqualTo(new[] { "Unset", "Error" }));
            Assert.That(spans[1].GetTagItem("error.type"), Is.EqualTo("Letta.Generated.LettaServerException"));
            Assert.That(polls.GetMeasurementSnapshot().Select(m => m.Tags["letta.watch.outcome"]), Is.EqualTo(new[] { "ok", "failed" }));
        }

        [Test]
        public async Task Each_poll_is_a_debug_log_event_with_its_counts_and_changes_are_counted_by_kind()
        {
            using var telemetry = new TelemetryCapture();
            var changes = telemetry.Collect<long>("letta.client.watch.change.count");
            using var server = InProcessListing.ServerWith(2);
            await using var watch = new WatchDriver(server, telemetry: telemetry);
            var wait = await watch.NextWaitAsync();
            server.UpdateBatch("job-000", b => b with { Status = "completed" });

            await watch.PollAfterAsync(wait);

            Assert.That(telemetry.Events(300).Select(e => e.Message), Is.EqualTo(new[]
            {
                "Letta watch poll 1: 2 batch(es) listed; 2 appeared, 0 changed, 0 left.",
                "Letta watch poll 2: 1 batch(es) listed; 0 appeared, 0 changed, 1 left.",
            }));
            Assert.That(changes.GetMeasurementSnapshot().Select(m => m.Tags["letta.watch.change_kind"] + " " + m.Value), Is.EqualTo(new[] { "appeared 2", "left 1" }));
        }

        [Test]
        public async Task With_EndOnFailedPoll_the_first_failed_poll_ends_the_watch_with_its_failure()
        {
            using var telemetry = new TelemetryCapture();
            using var server = InProcessListing.ServerWith(1);
            await using var watch = new WatchDriver(server, new WatchBatchesOptions { EndOnFailedPoll = true }, telemetry);
            var wait = await watch.NextWaitAsync();
            server.Faults.Enqueue(SimulatedFault.ServiceUnavailable());

            watch.Time.Advance(wait);

            Assert.That(async () => await watch.Consumer.WithinTest(), Throws.InstanceOf<LettaServerException>());
            Assert.That(telemetry.Events(302).Single().Message, Does.StartWith("Letta watch ended at poll 2, which failed with Letta.Generated.LettaServerException: "));
        }

        [Test]
        public async Task A_404_ends_the_watch_at_once_because_a_missing_listing_is_a_wrong_base_url_not_a_passing_failure()
        {
            using var server = InProcessListing.ServerWith(1);
            server.Faults.Enqueue(SimulatedFault.Status(404, "{\"detail\":\"Not Found\"}"));
            await using var watch = new WatchDriver(server);

            Assert.That(async () => await watch.Consumer.WithinTest(), Throws.InstanceOf<LettaNotFoundException>());
            Assert.That(server.RequestCount, Is.EqualTo(1));
        }

        [Test]
        public async Task A_refused_key_ends_the_watch_at_once_because_waiting_cannot_fix_it()
        {
            using var server = InProcessListing.ServerWith(1, new LettaSimulatorOptions { ApiKey = "the-right-key" });
            await using var watch = new WatchDriver(server);

            Assert.That(async () => await watch.Consumer.WithinTest(), Throws.InstanceOf<LettaAuthenticationException>());
            Assert.That(server.RequestCount, Is.EqualTo(1));
        }
    }
}
