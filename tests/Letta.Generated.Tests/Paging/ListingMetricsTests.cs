using System;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Threading.Tasks;
using Letta.Generated.Simulator;
using Letta.Generated.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Tests.Paging
{
    /// <summary>
    /// The pager's instruments: <c>letta.client.page.count</c> and <c>letta.client.item.count</c> (what a listing
    /// yielded) and <c>letta.client.page.duration</c> (every page request). In-process simulator holding 5 batches;
    /// pages of 2; fake clock, so durations are exact.
    /// </summary>
    [CancelAfter(30_000)]
    public class ListingMetricsTests
    {
        private SimulatedLettaServer _server = null!;
        private RecordingTimeProvider _time = null!;

        [SetUp]
        public void Start()
        {
            _server = InProcessListing.ServerWith(5);
            _time = new RecordingTimeProvider();
        }

        [TearDown]
        public void Stop() => _server.Dispose();

        private static ListAllBatchesOptions Pages => new ListAllBatchesOptions { PageSize = 2, Order = SortOrder.Asc };

        [Test]
        public async Task Each_page_a_listing_yields_adds_one_to_letta_client_page_count()
        {
            using var telemetry = new TelemetryCapture();
            var pages = telemetry.Collect<long>("letta.client.page.count");
            using var client = InProcessListing.Client(_server, _time, telemetry);

            await SimulatorListing.CollectIdsAsync(client.ListAllBatchesAsync(Pages)).WithinTest();

            Assert.That(pages.GetMeasurementSnapshot().Select(m => m.Value), Is.EqualTo(new long[] { 1, 1, 1 }));
            Assert.That(pages.GetMeasurementSnapshot().Select(m => m.Tags.Count), Is.All.EqualTo(0));
            Assert.That(pages.Instrument!.Unit, Is.EqualTo("{page}"));
        }

        [Test]
        public async Task The_batches_of_each_yielded_page_add_to_letta_client_item_count()
        {
            using var telemetry = new TelemetryCapture();
            var items = telemetry.Collect<long>("letta.client.item.count");
            using var client = InProcessListing.Client(_server, _time, telemetry);

            await SimulatorListing.CollectIdsAsync(client.ListAllBatchesAsync(Pages)).WithinTest();

            Assert.That(items.GetMeasurementSnapshot().Select(m => m.Value), Is.EqualTo(new long[] { 2, 2, 1 }));
            Assert.That(items.Instrument!.Unit, Is.EqualTo("{batch}"));
        }

        [Test]
        public async Task A_page_the_consumer_never_takes_is_not_counted()
        {
            using var telemetry = new TelemetryCapture();
            var pages = telemetry.Collect<long>("letta.client.page.count");
            using var client = InProcessListing.Client(_server, _time, telemetry);

            await foreach (var _ in client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = 2, Order = SortOrder.Asc, Prefetch = true }))
            {
                break;
            }

            Assert.That(pages.GetMeasurementSnapshot().Sum(m => m.Value), Is.EqualTo(1));
        }

        [Test]
        public async Task Each_page_request_records_its_duration_with_retries_in_letta_client_page_duration()
        {
            using var telemetry = new TelemetryCapture();
            var durations = telemetry.Collect<double>("letta.client.page.duration");
            _server.OnRequest(request =>
            {
                if (request.Number == 2) _server.Faults.Enqueue(SimulatedFault.RateLimited().WithRetryAfter(TimeSpan.FromSeconds(2)));
            });
            using var client = InProcessListing.Client(_server, _time, telemetry);

            var listing = SimulatorListing.CollectIdsAsync(client.ListAllBatchesAsync(Pages));
            await _time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(2)).WithinTest();
            await listing.WithinTest();

            var measurements = durations.GetMeasurementSnapshot();
            Assert.That(measurements.Select(m => m.Value), Is.EqualTo(new[] { 0.0, 2.0, 0.0 }));
            Assert.That(measurements[1].Tags, Is.EquivalentTo(new Dictionary<string, object?>
            {
                ["letta.page.cursor_side"] = "after",
                ["http.response.status_code"] = 200,
            }));
            Assert.That(durations.Instrument!.Unit, Is.EqualTo("s"));
            Assert.That(
                ((Histogram<double>)durations.Instrument).Advice!.HistogramBucketBoundaries,
                Is.EqualTo(new[] { 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 30, 60 }),
                "buckets in seconds, not OpenTelemetry's millisecond defaults");
        }

        [Test]
        public async Task A_failed_page_request_records_its_duration_with_the_error_type()
        {
            using var telemetry = new TelemetryCapture();
            var durations = telemetry.Collect<double>("letta.client.page.duration");
            _server.Faults.Enqueue(SimulatedFault.Status(503));
            using var client = InProcessListing.Client(_server, _time, telemetry, maxRetries: 0);

            await Assert.ThrowsAsync<LettaServerException>(() => SimulatorListing.CollectIdsAsync(client.ListAllBatchesAsync(Pages)).WithinTest());

            Assert.That(durations.GetMeasurementSnapshot().Single().Tags, Is.EquivalentTo(new Dictionary<string, object?>
            {
                ["letta.page.cursor_side"] = "none",
                ["http.response.status_code"] = 503,
                ["error.type"] = "Letta.Generated.LettaServerException",
            }));
        }
    }
}
