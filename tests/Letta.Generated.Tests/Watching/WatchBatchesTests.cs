using System;
using System.Linq;
using System.Threading.Tasks;
using Letta.Generated.Simulator;
using Letta.Generated.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Tests.Watching
{
    /// <summary>
    /// <see cref="ILettaClient.WatchBatchesAsync"/>: each poll is one whole listing; the first reports every listed
    /// batch as appeared, later ones exactly what appeared, changed (any byte) or left since the listing before.
    /// In-process simulator holding job-000 (oldest) .. job-00N, all running; fake clock, no real waits.
    /// </summary>
    [CancelAfter(30_000)]
    public class WatchBatchesTests
    {
        private static readonly TimeSpan FiveSeconds = TimeSpan.FromSeconds(5);

        [Test]
        public async Task The_first_poll_reports_every_listed_batch_as_appeared_newest_first()
        {
            using var server = InProcessListing.ServerWith(3);
            await using var watch = new WatchDriver(server);

            await watch.NextWaitAsync();

            Assert.That(watch.Changes.Select(c => c.Kind + " " + c.Id), Is.EqualTo(new[] { "Appeared job-002", "Appeared job-001", "Appeared job-000" }));
            Assert.That(watch.Changes.Select(c => c.At), Is.All.EqualTo(watch.Start));
        }

        [Test]
        public async Task A_later_poll_reports_exactly_what_appeared_changed_and_left_with_the_servers_objects()
        {
            using var server = InProcessListing.ServerWith(3);
            await using var watch = new WatchDriver(server);
            var wait = await watch.NextWaitAsync();
            var job000Before = watch.Changes.Single(c => c.Id == "job-000").Batch.ToString();

            server.AddBatch(new SimulatedBatch { Id = "job-003", CreatedAt = InProcessListing.Epoch.AddSeconds(3), Status = "created" });
            server.UpdateBatch("job-001", b => b with { AgentId = "agent-moved" });
            server.UpdateBatch("job-000", b => b with { Status = "completed", StopReason = "end_turn" });
            await watch.PollAfterAsync(wait);

            var second = watch.At(watch.Start + FiveSeconds);
            Assert.That(second.Select(c => c.Kind + " " + c.Id), Is.EqualTo(new[] { "Appeared job-003", "Changed job-001", "Left job-000" }));
            Assert.That(second[0].Batch.ToBatchJob().Status?.Value, Is.EqualTo("created"));
            Assert.That(second[1].Batch.ToString(), Does.Contain("\"agent_id\":\"agent-moved\""));
            // Left carries the batch as last listed: still running; its final status is not in the listing.
            Assert.That(second[2].Batch.ToString(), Is.EqualTo(job000Before));
            Assert.That(second[2].Batch.ToBatchJob().Status?.Value, Is.EqualTo("running"));
            Assert.That(watch.Changes, Has.Count.EqualTo(6), "nothing reported twice");
        }

        [Test]
        public async Task A_poll_without_changes_reports_nothing_and_the_next_poll_comes_after_the_interval()
        {
            using var server = InProcessListing.ServerWith(2);
            await using var watch = new WatchDriver(server, new WatchBatchesOptions { Interval = TimeSpan.FromMilliseconds(500) });

            var first = await watch.NextWaitAsync();
            var second = await watch.PollAfterAsync(first);
            var third = await watch.PollAfterAsync(second);

            Assert.That(new[] { first, second, third }, Is.All.EqualTo(TimeSpan.FromMilliseconds(500)));
            Assert.That(Listings(server), Is.EqualTo(3));
            Assert.That(watch.Changes, Has.Count.EqualTo(2), "only the first poll's two appeared");
        }

        [Test]
        public async Task The_interval_is_five_seconds_by_default()
        {
            using var server = InProcessListing.ServerWith(1);
            await using var watch = new WatchDriver(server);

            Assert.That(await watch.NextWaitAsync(), Is.EqualTo(FiveSeconds));
            Assert.That(WatchBatchesOptions.DefaultInterval, Is.EqualTo(FiveSeconds));
        }

        [Test]
        public async Task Each_change_carries_the_time_of_the_poll_that_saw_it()
        {
            using var server = InProcessListing.ServerWith(1);
            await using var watch = new WatchDriver(server);
            var wait = await watch.NextWaitAsync();
            wait = await watch.PollAfterAsync(wait);

            server.UpdateBatch("job-000", b => b with { Status = "completed" });
            await watch.PollAfterAsync(wait);

            Assert.That(watch.Changes.Select(c => (c.Kind, c.At)), Is.EqualTo(new[]
            {
                (BatchChangeKind.Appeared, watch.Start),
                (BatchChangeKind.Left, watch.Start + TimeSpan.FromSeconds(10)),
            }));
        }

        [Test]
        public async Task Order_and_page_size_reach_every_listing_and_every_page_of_it()
        {
            using var server = InProcessListing.ServerWith(5);
            await using var watch = new WatchDriver(server, new WatchBatchesOptions { Order = SortOrder.Asc, PageSize = 2 });

            await watch.PollAfterAsync(await watch.NextWaitAsync());

            Assert.That(watch.Changes.Select(c => c.Id), Is.EqualTo(new[] { "job-000", "job-001", "job-002", "job-003", "job-004" }));
            Assert.That(server.Requests.Select(r => r.Query["order"] + " " + r.Query["limit"]), Is.All.EqualTo("asc 2"));
            Assert.That(Listings(server), Is.EqualTo(2));
        }

        [Test]
        public async Task A_batch_that_left_and_is_listed_again_appears_again()
        {
            using var server = InProcessListing.ServerWith(1);
            await using var watch = new WatchDriver(server);
            var wait = await watch.NextWaitAsync();
            server.UpdateBatch("job-000", b => b with { Status = "pending" });
            wait = await watch.PollAfterAsync(wait);
            server.UpdateBatch("job-000", b => b with { Status = "running" });
            await watch.PollAfterAsync(wait);

            Assert.That(watch.Changes.Select(c => c.Kind), Is.EqualTo(new[] { BatchChangeKind.Appeared, BatchChangeKind.Left, BatchChangeKind.Appeared }));
        }

        [Test]
        public async Task Cancelling_during_the_wait_ends_the_watch_at_once()
        {
            using var server = InProcessListing.ServerWith(1);
            await using var watch = new WatchDriver(server);
            await watch.NextWaitAsync();
            var requests = server.RequestCount;

            watch.Cancel();

            Assert.That(async () => await watch.Consumer.WithinTest(), Throws.InstanceOf<OperationCanceledException>());
            watch.Time.Advance(TimeSpan.FromMinutes(1));
            Assert.That(server.RequestCount, Is.EqualTo(requests), "no poll after the cancellation");
        }

        /// <summary>How many listings the server saw: their first pages are the requests without a cursor.</summary>
        private static int Listings(SimulatedLettaServer server) =>
            server.Requests.Count(r => !r.Query.ContainsKey("before") && !r.Query.ContainsKey("after"));

        [Test]
        public void Invalid_options_are_argument_errors_at_the_call_before_any_request()
        {
            using var server = InProcessListing.ServerWith(1);
            using var client = new LettaClient(server.CreateHttpClient(), new LettaClientOptions(_ => null) { BaseUrl = server.BaseUrl });

            Assert.That(() => client.WatchBatchesAsync(new WatchBatchesOptions { Interval = TimeSpan.Zero }), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("Interval must be more than zero"));
            Assert.That(() => client.WatchBatchesAsync(new WatchBatchesOptions { PageSize = 0 }), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("PageSize must be 1 or more"));
            Assert.That(() => client.WatchBatchesAsync(new WatchBatchesOptions { MaxFailureDelay = TimeSpan.FromSeconds(-1) }), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("MaxFailureDelay must be more than zero"));
            Assert.That(server.RequestCount, Is.Zero);
        }

        [Test]
        public void Waits_longer_than_a_timer_can_make_are_argument_errors_at_the_call()
        {
            using var server = InProcessListing.ServerWith(1);
            using var client = new LettaClient(server.CreateHttpClient(), new LettaClientOptions(_ => null) { BaseUrl = server.BaseUrl });
            var longest = TimeSpan.FromMilliseconds(4_294_967_294);

            Assert.That(WatchBatchesOptions.MaxWait, Is.EqualTo(longest));
            Assert.That(() => client.WatchBatchesAsync(new WatchBatchesOptions { Interval = longest + TimeSpan.FromMilliseconds(1) }), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("at most MaxWait"));
            Assert.That(() => client.WatchBatchesAsync(new WatchBatchesOptions { MaxFailureDelay = TimeSpan.FromDays(60) }), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("at most MaxWait"));
            Assert.That(() => client.WatchBatchesAsync(new WatchBatchesOptions { Interval = longest, MaxFailureDelay = longest }), Throws.Nothing);
            Assert.That(server.RequestCount, Is.Zero);
        }
    }
}
