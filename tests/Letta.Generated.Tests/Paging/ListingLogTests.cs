using System;
using System.Linq;
using System.Threading.Tasks;
using Letta.Generated.Simulator;
using Letta.Generated.Tests.Support;
using Microsoft.Extensions.Logging;
using NUnit.Framework;

namespace Letta.Generated.Tests.Paging
{
    /// <summary>
    /// The pager's log events under <c>Letta.Generated.Paging</c>: one Debug line per page request (200, or 201 when
    /// it failed), the cursor reading a listing settled on (202) and a pagination anomaly before it is raised (203).
    /// In-process simulator holding job-000 (oldest) .. job-004; pages of 2; fake clock.
    /// </summary>
    [CancelAfter(30_000)]
    public class ListingLogTests
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

        private static ListAllBatchesOptions Pages(string order = "desc") => new ListAllBatchesOptions { PageSize = 2, Order = new SortOrder(order) };

        [Test]
        public async Task Each_page_is_one_Debug_line_with_its_cursor_side_count_status_duration_and_retries()
        {
            using var telemetry = new TelemetryCapture();
            // The second page is rate limited once: it takes one retry and one second.
            _server.OnRequest(request =>
            {
                if (request.Number == 2) _server.Faults.Enqueue(SimulatedFault.RateLimited().WithRetryAfter(TimeSpan.FromSeconds(1)));
            });
            using var client = InProcessListing.Client(_server, _time, telemetry);

            var listing = SimulatorListing.CollectIdsAsync(client.ListAllBatchesAsync(Pages("asc")));
            await _time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(1)).WithinTest();
            await listing.WithinTest();

            var pages = telemetry.Events(200);
            Assert.That(pages.Select(p => p.Message), Is.EqualTo(new[]
            {
                "Letta listing page 1 (cursor none): 2 batch(es), HTTP 200, 0 ms, 0 retry(ies).",
                "Letta listing page 2 (cursor after): 2 batch(es), HTTP 200, 1000 ms, 1 retry(ies).",
                "Letta listing page 3 (cursor after): 1 batch(es), HTTP 200, 0 ms, 0 retry(ies).",
            }));
            Assert.That(pages.Select(p => p.Level), Is.All.EqualTo(LogLevel.Debug));
            Assert.That(pages.Select(p => p.Category), Is.All.EqualTo("Letta.Generated.Paging"));
            Assert.That(pages[1].Id.Name, Is.EqualTo("PageReceived"));
            Assert.That(pages[1].GetStructuredStateValue("RetryCount"), Is.EqualTo("1"));
        }

        [Test]
        public async Task A_failed_page_is_one_Debug_line_with_its_error_type()
        {
            using var telemetry = new TelemetryCapture();
            _server.Faults.Enqueue(SimulatedFault.Status(500, "{\"detail\":\"boom\"}"));
            using var client = InProcessListing.Client(_server, _time, telemetry, maxRetries: 0);

            await Assert.ThrowsAsync<LettaServerException>(() => SimulatorListing.CollectIdsAsync(client.ListAllBatchesAsync(Pages())).WithinTest());

            var failed = telemetry.Events(201).Single();
            Assert.That(failed.Id.Name, Is.EqualTo("PageFailed"));
            Assert.That(failed.Level, Is.EqualTo(LogLevel.Debug));
            Assert.That(failed.Message, Is.EqualTo("Letta listing page 1 (cursor none) failed after 0 ms with Letta.Generated.LettaServerException."));
            Assert.That(telemetry.Events(200), Is.Empty);
        }

        [TestCase(SimulatedCursorReading.Chronological, "Chronological")]
        [TestCase(SimulatedCursorReading.SortOrderRelative, "SortOrderRelative")]
        public async Task The_cursor_reading_a_listing_detects_is_logged_once(SimulatedCursorReading serverReading, string expected)
        {
            using var telemetry = new TelemetryCapture();
            _server.Options.CursorReading = serverReading;
            using var client = InProcessListing.Client(_server, _time, telemetry);

            var ids = await SimulatorListing.CollectIdsAsync(client.ListAllBatchesAsync(Pages())).WithinTest();

            Assert.That(ids, Is.EqualTo(new[] { "job-004", "job-003", "job-002", "job-001", "job-000" }));
            var detected = telemetry.Events(202).Single();
            Assert.That(detected.Id.Name, Is.EqualTo("CursorReadingDetected"));
            Assert.That(detected.Level, Is.EqualTo(LogLevel.Information));
            Assert.That(detected.Category, Is.EqualTo("Letta.Generated.Paging"));
            Assert.That(detected.Message, Is.EqualTo("Letta listing in desc order settled on the " + expected + " cursor reading at cursor job-003."));
        }

        [Test]
        public async Task A_reading_that_needs_no_detection_is_not_logged()
        {
            using var telemetry = new TelemetryCapture();
            using var client = InProcessListing.Client(_server, _time, telemetry);

            await SimulatorListing.CollectIdsAsync(client.ListAllBatchesAsync(Pages("asc"))).WithinTest();
            await SimulatorListing.CollectIdsAsync(client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = 2, CursorReading = CursorReading.Chronological })).WithinTest();

            Assert.That(telemetry.Events(202), Is.Empty);
        }

        [TestCase(PagingQuirk.IgnoreCursors, "The page after batch 'job-003' lists that batch again: the server ignored the cursor or repeated a page. Stopped so no batch is listed twice.")]
        [TestCase(PagingQuirk.RepeatEachPageOnce, "The page after batch 'job-003' lists that batch again: the server ignored the cursor or repeated a page. Stopped so no batch is listed twice.")]
        public async Task A_pagination_anomaly_is_logged_as_a_warning_before_it_is_raised(PagingQuirk quirk, string expectedAnomaly)
        {
            using var telemetry = new TelemetryCapture();
            _server.Options.PagingQuirk = quirk;
            using var client = InProcessListing.Client(_server, _time, telemetry);
            var logged = 0;

            var error = await Assert.ThrowsAsync<LettaPaginationException>(async () =>
            {
                try
                {
                    await SimulatorListing.CollectIdsAsync(client.ListAllBatchesAsync(Pages())).WithinTest();
                }
                finally
                {
                    logged = telemetry.Events(203).Count;
                }
            });

            Assert.That(logged, Is.EqualTo(1), "logged by the time the consumer sees the exception");
            var anomaly = telemetry.Events(203).Single();
            Assert.That(anomaly.Id.Name, Is.EqualTo("PaginationAnomaly"));
            Assert.That(anomaly.Level, Is.EqualTo(LogLevel.Warning));
            Assert.That(anomaly.Category, Is.EqualTo("Letta.Generated.Paging"));
            Assert.That(anomaly.Message, Is.EqualTo("Letta listing stopped at cursor job-003: " + expectedAnomaly));
            Assert.That(error!.Message, Is.EqualTo(expectedAnomaly));
        }
    }
}
