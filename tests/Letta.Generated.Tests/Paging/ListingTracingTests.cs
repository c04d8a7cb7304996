using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Letta.Generated.Simulator;
using Letta.Generated.Testing;
using Letta.Generated.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Tests.Paging
{
    /// <summary>
    /// The spans of <see cref="LettaDiagnostics.ActivitySourceName"/>: one per listing (<c>Letta.ListAllBatches</c>),
    /// a child per page request (<c>Letta.ListAllBatches.Page</c>), .NET's HTTP client spans under the page that sent
    /// them, and failures carrying the <see cref="LettaException"/> type. Each test keeps only its own trace.
    /// </summary>
    [CancelAfter(30_000)]
    public class ListingTracingTests
    {
        private const string Listing = "Letta.ListAllBatches";
        private const string Page = "Letta.ListAllBatches.Page";
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

        private static ListAllBatchesOptions Pages(string order = "desc", bool prefetch = false) =>
            new ListAllBatchesOptions { PageSize = 2, Order = new SortOrder(order), Prefetch = prefetch };

        private static object? Tag(Activity span, string name) => span.GetTagItem(name);

        [Test]
        public async Task A_listing_is_one_span_under_the_callers_activity_with_a_child_per_page_request()
        {
            using var telemetry = new TelemetryCapture();
            using var client = InProcessListing.Client(_server, _time, telemetry);

            await SimulatorListing.CollectIdsAsync(client.ListAllBatchesAsync(Pages())).WithinTest();

            var listing = telemetry.Spans(Listing).Single();
            Assert.That(listing.Source.Name, Is.EqualTo("Letta.Generated"));
            Assert.That(listing.Kind, Is.EqualTo(ActivityKind.Internal));
            Assert.That(listing.ParentSpanId, Is.EqualTo(telemetry.Root.SpanId));
            var pages = telemetry.Spans(Page);
            Assert.That(pages, Has.Count.EqualTo(3), "desc against a chronological server: three requests");
            Assert.That(pages.Select(p => p.ParentSpanId), Is.All.EqualTo(listing.SpanId));
            Assert.That(pages.Select(p => p.Kind), Is.All.EqualTo(ActivityKind.Internal));
        }

        [Test]
        public async Task Each_page_span_carries_its_number_item_count_cursor_side_status_and_retry_count()
        {
            using var telemetry = new TelemetryCapture();
            _server.OnRequest(request =>
            {
                if (request.Number == 2) _server.Faults.Enqueue(SimulatedFault.ServiceUnavailable().WithRetryAfter(TimeSpan.FromSeconds(1)));
            });
            using var client = InProcessListing.Client(_server, _time, telemetry);

            var listing = SimulatorListing.CollectIdsAsync(client.ListAllBatchesAsync(Pages()));
            await _time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(1)).WithinTest();
            await listing.WithinTest();

            var pages = telemetry.Spans(Page).OrderBy(p => (int)Tag(p, "letta.page.number")!).ToList();
            Assert.That(pages.Select(p => Tag(p, "letta.page.number")), Is.EqualTo(new object[] { 1, 2, 3 }));
            Assert.That(pages.Select(p => Tag(p, "letta.page.cursor_side")), Is.EqualTo(new object[] { "none", "before", "before" }));
            Assert.That(pages.Select(p => Tag(p, "letta.page.item_count")), Is.EqualTo(new object[] { 2, 2, 1 }));
            Assert.That(pages.Select(p => Tag(p, "http.response.status_code")), Is.EqualTo(new object[] { 200, 200, 200 }));
            Assert.That(pages.Select(p => Tag(p, "letta.page.retry_count")), Is.EqualTo(new object[] { 0, 1, 0 }));
            Assert.That(pages.Select(p => p.Status), Is.All.EqualTo(ActivityStatusCode.Unset));
        }

        [Test]
        public async Task With_prefetch_each_page_span_carries_its_own_retry_count()
        {
            using var telemetry = new TelemetryCapture();
            _server.OnRequest(request =>
            {
                if (request.Number == 2) _server.Faults.Enqueue(SimulatedFault.ServiceUnavailable().WithRetryAfter(TimeSpan.FromSeconds(1)));
            });
            using var client = InProcessListing.Client(_server, _time, telemetry);

            var listing = SimulatorListing.CollectIdsAsync(client.ListAllBatchesAsync(Pages("asc", prefetch: true)));
            await _time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(1)).WithinTest();
            await listing.WithinTest();

            var retries = telemetry.Spans(Page).ToDictionary(p => (int)Tag(p, "letta.page.number")!, p => Tag(p, "letta.page.retry_count"));
            Assert.That(retries, Is.EquivalentTo(new Dictionary<int, object?> { [1] = 0, [2] = 1, [3] = 0 }));
        }

        [Test]
        public async Task The_listing_span_carries_its_order_page_size_cursor_reading_and_totals()
        {
            using var telemetry = new TelemetryCapture();
            _server.Options.CursorReading = SimulatedCursorReading.SortOrderRelative;
            using var client = InProcessListing.Client(_server, _time, telemetry);

            await SimulatorListing.CollectIdsAsync(client.ListAllBatchesAsync(Pages())).WithinTest();

            var listing = telemetry.Spans(Listing).Single();
            Assert.That(listing.TagObjects, Is.EquivalentTo(new Dictionary<string, object?>
            {
                ["letta.listing.order"] = "desc",
                ["letta.listing.page_size"] = 2,
                ["letta.listing.resumed"] = false,
                ["letta.listing.cursor_reading"] = "sort_order_relative",
                ["letta.listing.page_count"] = 3,
                ["letta.listing.item_count"] = 5L,
            }));
            Assert.That(listing.Status, Is.EqualTo(ActivityStatusCode.Unset));
            // The probe that settled the reading is a page request of its own: before= (one newer batch), then after=.
            Assert.That(telemetry.Spans(Page).Select(p => Tag(p, "letta.page.cursor_side")), Is.EqualTo(new object[] { "none", "before", "after", "after" }));
        }

        [Test]
        public async Task A_page_that_fails_marks_its_span_and_the_listings_with_the_LettaException_type()
        {
            using var telemetry = new TelemetryCapture();
            _server.Faults.Enqueue(SimulatedFault.Status(500, "{\"detail\":\"boom\"}"));
            using var client = InProcessListing.Client(_server, _time, telemetry, maxRetries: 0);

            var error = await Assert.ThrowsAsync<LettaServerException>(() => SimulatorListing.CollectIdsAsync(client.ListAllBatchesAsync(Pages())).WithinTest());

            var page = telemetry.Spans(Page).Single();
            var listing = telemetry.Spans(Listing).Single();
            foreach (var span in new[] { page, listing })
            {
                Assert.That(span.Status, Is.EqualTo(ActivityStatusCode.Error));
                Assert.That(span.StatusDescription, Is.EqualTo(error!.Message));
                Assert.That(Tag(span, "error.type"), Is.EqualTo("Letta.Generated.LettaServerException"));
                var exception = span.Events.Single(e => e.Name == "exception");
                var tags = exception.Tags.ToDictionary(t => t.Key, t => t.Value);
                Assert.That(tags["exception.type"], Is.EqualTo("Letta.Generated.LettaServerException"));
                Assert.That(tags["exception.message"], Is.EqualTo(error.Message));
            }

            Assert.That(Tag(page, "http.response.status_code"), Is.EqualTo(500));
        }

        [Test]
        public async Task A_pagination_anomaly_marks_the_listing_span_with_LettaPaginationException()
        {
            using var telemetry = new TelemetryCapture();
            _server.Options.PagingQuirk = PagingQuirk.IgnoreCursors;
            using var client = InProcessListing.Client(_server, _time, telemetry);

            await Assert.ThrowsAsync<LettaPaginationException>(() => SimulatorListing.CollectIdsAsync(client.ListAllBatchesAsync(Pages())).WithinTest());

            var listing = telemetry.Spans(Listing).Single();
            Assert.That(listing.Status, Is.EqualTo(ActivityStatusCode.Error));
            Assert.That(Tag(listing, "error.type"), Is.EqualTo("Letta.Generated.LettaPaginationException"));
            // The pages themselves were answered: the contradiction is the listing's.
            Assert.That(telemetry.Spans(Page).Select(p => p.Status), Is.All.EqualTo(ActivityStatusCode.Unset));
        }

        [Test]
        public async Task A_consumer_that_stops_early_ends_the_listing_span_without_an_error()
        {
            using var telemetry = new TelemetryCapture();
            using var client = InProcessListing.Client(_server, _time, telemetry);

            await foreach (var _ in client.ListAllBatchesAsync(Pages()))
            {
                break;
            }

            var listing = telemetry.Spans(Listing).Single();
            Assert.That(listing.Status, Is.EqualTo(ActivityStatusCode.Unset));
            Assert.That(Tag(listing, "letta.listing.page_count"), Is.EqualTo(1));
            Assert.That(Tag(listing, "letta.listing.item_count"), Is.EqualTo(2L));
        }

        [Test]
        public async Task The_HTTP_client_spans_of_each_attempt_nest_under_the_page_span_that_sent_them()
        {
            using var telemetry = new TelemetryCapture();
            using var simulator = LettaSimulator.Start(new LettaSimulatorOptions { SeedCount = 3 });
            simulator.Faults.Enqueue(SimulatedFault.ServiceUnavailable().WithRetryAfterMilliseconds(0));
            // Built from options: .NET's own transport, which emits the System.Net.Http spans.
            using var client = new LettaClient(telemetry.Configure(new LettaClientOptions(_ => null) { BaseUrl = simulator.BaseUrl, MaxRetries = 1 }));

            await SimulatorListing.CollectIdsAsync(client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = 5 })).WithinTest();

            // A short first page, then one more request that finds nothing: two page requests, three HTTP attempts.
            var pages = telemetry.Spans(Page).ToDictionary(p => (int)Tag(p, "letta.page.number")!);
            var http = telemetry.SpansOf("System.Net.Http");
            Assert.That(http, Has.Count.EqualTo(3));
            Assert.That(http.Count(s => s.ParentSpanId == pages[1].SpanId), Is.EqualTo(2), "the 503 and its retry");
            Assert.That(http.Count(s => s.ParentSpanId == pages[2].SpanId), Is.EqualTo(1));
            Assert.That(http.Select(s => s.Kind), Is.All.EqualTo(ActivityKind.Client));
            Assert.That(Tag(pages[1], "letta.page.retry_count"), Is.EqualTo(1));
        }
    }
}
