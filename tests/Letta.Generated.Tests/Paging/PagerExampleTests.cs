using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Simulator;
using Letta.Generated.Testing;
using Letta.Generated.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Tests.Paging
{
    /// <summary>Named examples of the pager's behaviour: laziness, cancellation, resume, request counts, bad servers.</summary>
    [CancelAfter(30_000)]
    public class PagerExampleTests
    {
        private LettaSimulator _simulator = null!;
        private LettaClient _client = null!;

        [SetUp]
        public void Start()
        {
            _simulator = LettaSimulator.Start();
            _client = SimulatorListing.CreateClient(_simulator);
        }

        [TearDown]
        public void Stop()
        {
            _client.Dispose();
            _simulator.Dispose();
        }

        [Test]
        public void Creating_a_listing_sends_no_request()
        {
            _simulator.Seed(10);

            _ = _client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = 3 });

            Assert.That(_simulator.RequestCount, Is.EqualTo(0));
        }

        [Test]
        public async Task Breaking_out_early_sends_no_further_request()
        {
            _simulator.Seed(30);
            var seen = 0;

            await foreach (var _ in _client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = 5 }))
            {
                if (++seen == 7) break;
            }

            Assert.That(_simulator.RequestCount, Is.EqualTo(2));
        }

        [Test]
        public void A_pre_cancelled_token_stops_the_listing_before_any_request()
        {
            _simulator.Seed(10);
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();

            var enumerator = _client.ListAllBatchesAsync(null, cancelled.Token).GetAsyncEnumerator();

            Assert.CatchAsync<OperationCanceledException>(async () => await enumerator.MoveNextAsync());
            Assert.That(_simulator.RequestCount, Is.EqualTo(0));
        }

        [Test]
        public async Task Cancelling_mid_listing_stops_it_between_pages()
        {
            _simulator.Seed(20);
            using var cancellation = new CancellationTokenSource();
            var ids = new List<string>();

            var error = await Assert.CatchAsync<OperationCanceledException>(async () =>
            {
                await foreach (var batch in _client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = 5 }, cancellation.Token))
                {
                    ids.Add(batch.Id);
                    if (ids.Count == 5) cancellation.Cancel();
                }
            });

            Assert.That(error, Is.Not.Null);
            Assert.That(ids, Has.Count.EqualTo(5));
            Assert.That(_simulator.RequestCount, Is.EqualTo(1));
        }

        [Test]
        public async Task The_token_passed_to_WithCancellation_also_stops_the_listing()
        {
            _simulator.Seed(20);
            using var cancellation = new CancellationTokenSource();
            var count = 0;

            await Assert.CatchAsync<OperationCanceledException>(async () =>
            {
                await foreach (var _ in _client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = 5 }).WithCancellation(cancellation.Token))
                {
                    if (++count == 5) cancellation.Cancel();
                }
            });

            Assert.That(_simulator.RequestCount, Is.EqualTo(1));
        }

        [TestCase(SimulatedCursorReading.Chronological, "desc")]
        [TestCase(SimulatedCursorReading.SortOrderRelative, "desc")]
        [TestCase(SimulatedCursorReading.Chronological, "asc")]
        public async Task A_continuation_token_resumes_right_after_its_page_in_a_new_client(SimulatedCursorReading reading, string order)
        {
            _simulator.Options.CursorReading = reading;
            _simulator.Seed(23);
            var options = new ListAllBatchesOptions { PageSize = 4, Order = new SortOrder(order) };
            var expected = SimulatorListing.ExpectedIds(_simulator.Batches, options.Order);
            string? token = null;
            var firstIds = new List<string>();
            await foreach (var page in _client.ListAllBatchesAsync(options).AsPages())
            {
                firstIds.AddRange(page.Values.Select(b => b.Id));
                token = page.ContinuationToken;
                if (firstIds.Count == 8) break;
            }

            using var resumed = SimulatorListing.CreateClient(_simulator);
            var rest = await SimulatorListing.CollectIdsAsync(resumed.ListAllBatchesAsync(new ListAllBatchesOptions { Order = options.Order, PageSize = options.PageSize, ContinuationToken = token }));

            Assert.That(firstIds.Concat(rest), Is.EqualTo(expected));
        }

        [Test]
        public async Task AsPages_with_a_token_and_page_size_hint_resumes_with_that_page_size()
        {
            _simulator.Options.ListAllStatuses = true;
            _simulator.Seed(20);
            var listing = _client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = 5 });
            var firstPage = await listing.AsPages().FirstAsync();
            _simulator.ClearRequests();

            var sizes = new List<int>();
            await foreach (var page in listing.AsPages(firstPage.ContinuationToken, pageSizeHint: 10)) sizes.Add(page.Values.Count);

            Assert.That(sizes.Sum(), Is.EqualTo(15));
            Assert.That(_simulator.Requests.Select(r => r.Query["limit"]), Is.All.EqualTo("10"));
        }

        [Test]
        public async Task Each_page_carries_its_status_headers_and_a_token_except_the_last()
        {
            _simulator.Options.ListAllStatuses = true;
            _simulator.Seed(7);

            var pages = new List<LettaPage<BatchJob>>();
            await foreach (var page in _client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = 3 }).AsPages()) pages.Add(page);

            Assert.That(pages.Select(p => p.Values.Count), Is.EqualTo(new[] { 3, 3, 1 }));
            Assert.That(pages.All(p => p.StatusCode == 200), Is.True);
            Assert.That(pages.All(p => p.Headers["content-type"].Single().StartsWith("application/json")), Is.True);
            Assert.That(pages[0].ContinuationToken, Is.Not.Null);
            Assert.That(pages[2].ContinuationToken, Is.Null);
        }

        // The bound is the official SDKs' ceil(N/P)+1; a short page ends the listing only once a full page has shown
        // that the server honours the page size, and a short first page is confirmed by one more request.
        [TestCase(0, 1)]
        [TestCase(4, 2)]
        [TestCase(5, 2)]
        [TestCase(6, 2)]
        [TestCase(50, 11)]
        public async Task Desc_request_count_on_the_chronological_server_is_at_most_ceil_N_over_P_plus_one(int count, int expectedRequests)
        {
            _simulator.Options.ListAllStatuses = true;
            _simulator.Seed(count, seed: 7);

            var ids = await SimulatorListing.CollectIdsAsync(_client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = 5 }));

            Assert.That(ids, Has.Count.EqualTo(count));
            Assert.That(_simulator.RequestCount, Is.EqualTo(expectedRequests));
            Assert.That(_simulator.RequestCount, Is.LessThanOrEqualTo(((count + 4) / 5) + 1));
        }

        [TestCase(0, 1)]
        [TestCase(4, 2)]
        [TestCase(5, 2)]
        [TestCase(6, 2)]
        [TestCase(50, 11)]
        public async Task Asc_request_count_is_at_most_ceil_N_over_P_plus_one(int count, int expectedRequests)
        {
            _simulator.Options.ListAllStatuses = true;
            _simulator.Seed(count, seed: 7);

            var ids = await SimulatorListing.CollectIdsAsync(_client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = 5, Order = SortOrder.Asc }));

            Assert.That(ids, Has.Count.EqualTo(count));
            Assert.That(_simulator.RequestCount, Is.EqualTo(expectedRequests));
            Assert.That(_simulator.RequestCount, Is.LessThanOrEqualTo(((count + 4) / 5) + 1));
        }

        [TestCase(0, 1)]
        [TestCase(4, 3)]
        [TestCase(5, 3)]
        [TestCase(6, 3)]
        [TestCase(50, 12)]
        public async Task Desc_request_count_on_the_sort_order_relative_server_adds_at_most_one_probe(int count, int expectedRequests)
        {
            _simulator.Options.ListAllStatuses = true;
            _simulator.Options.CursorReading = SimulatedCursorReading.SortOrderRelative;
            _simulator.Seed(count, seed: 7);

            var ids = await SimulatorListing.CollectIdsAsync(_client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = 5 }));

            Assert.That(ids, Is.EqualTo(SimulatorListing.ExpectedIds(_simulator.Batches.Select(b => b with { Status = "running" }), SortOrder.Desc)));
            Assert.That(_simulator.RequestCount, Is.EqualTo(expectedRequests));
            Assert.That(_simulator.RequestCount, Is.LessThanOrEqualTo(((count + 4) / 5) + 2));
        }

        [Test]
        public async Task A_forced_cursor_reading_sends_no_probe()
        {
            _simulator.Options.ListAllStatuses = true;
            _simulator.Options.CursorReading = SimulatedCursorReading.SortOrderRelative;
            _simulator.Seed(10);

            var ids = await SimulatorListing.CollectIdsAsync(_client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = 5, CursorReading = CursorReading.SortOrderRelative }));

            Assert.That(ids, Has.Count.EqualTo(10));
            Assert.That(_simulator.RequestCount, Is.EqualTo(3));
            Assert.That(_simulator.Requests.Skip(1).All(r => r.Query.ContainsKey("after")), Is.True);
        }

        [Test]
        public async Task A_forced_reading_the_server_does_not_follow_ends_with_a_pagination_exception()
        {
            _simulator.Options.CursorReading = SimulatedCursorReading.Chronological;
            _simulator.Options.ListAllStatuses = true;
            _simulator.Seed(12);

            var error = await Assert.ThrowsAsync<LettaPaginationException>(() =>
                SimulatorListing.CollectIdsAsync(_client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = 5, CursorReading = CursorReading.SortOrderRelative })));

            // The first page's last batch: the fifth newest of the 12 seeded with the simulator's default seed.
            Assert.That(error!.Cursor, Is.EqualTo("job-82ea7555-1b3e-4822-8dcd-67e361975317"));
            Assert.That(error.Message, Does.Contain("'job-82ea7555-1b3e-4822-8dcd-67e361975317'"));
        }

        // The expected cursor is the first page's last batch: the fifth newest (desc) or oldest (asc) of the 20 seeded.
        [TestCase("desc", "job-2e3c059a-501c-46e1-b247-9b8040656a7f")]
        [TestCase("asc", "job-c04ca8e0-3f05-446b-a734-5a650c36d1d8")]
        public async Task A_server_that_ignores_cursors_ends_with_a_pagination_exception_after_two_pages(string order, string cursor)
        {
            _simulator.Options.PagingQuirk = PagingQuirk.IgnoreCursors;
            _simulator.Options.ListAllStatuses = true;
            _simulator.Seed(20);

            var error = await Assert.ThrowsAsync<LettaPaginationException>(() =>
                SimulatorListing.CollectIdsAsync(_client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = 5, Order = new SortOrder(order) })));

            Assert.That(error!.Message, Does.Contain("ignored the cursor"));
            Assert.That(error.Cursor, Is.EqualTo(cursor));
            Assert.That(error.Message, Does.Contain("'" + cursor + "'"));
            Assert.That(_simulator.RequestCount, Is.EqualTo(2));
        }

        [Test]
        public async Task A_server_that_repeats_a_page_ends_with_a_pagination_exception()
        {
            _simulator.Options.PagingQuirk = PagingQuirk.RepeatEachPageOnce;
            _simulator.Options.ListAllStatuses = true;
            _simulator.Seed(20);
            var ids = new List<string>();

            var error = await Assert.ThrowsAsync<LettaPaginationException>(async () =>
            {
                await foreach (var batch in _client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = 5 })) ids.Add(batch.Id);
            });

            Assert.That(ids, Is.Unique);
            Assert.That(error!.Cursor, Is.EqualTo(ids.Last()));
        }

        [Test]
        public async Task A_page_out_of_order_ends_with_a_pagination_exception()
        {
            using var server = new LoopbackServer();
            server.RespondJson("[{\"id\":\"job-1\",\"created_at\":\"2025-01-01T00:00:00Z\"},{\"id\":\"job-2\",\"created_at\":\"2025-01-02T00:00:00Z\"}]");
            using var client = server.CreateClient();

            var error = await Assert.ThrowsAsync<LettaPaginationException>(() => SimulatorListing.CollectIdsAsync(client.ListAllBatchesAsync()));

            Assert.That(error!.Message, Does.Contain("not in desc order"));
        }

        [TestCase(0)]
        [TestCase(-1)]
        public void A_page_size_below_one_is_rejected_before_any_request(int pageSize)
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => _client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = pageSize }));

            Assert.That(error!.ParamName, Is.EqualTo("PageSize"));
            Assert.Throws<ArgumentOutOfRangeException>(() => _client.ListAllBatchesAsync().AsPages(pageSizeHint: pageSize));
            Assert.That(_simulator.RequestCount, Is.EqualTo(0));
        }

        [Test]
        public void A_malformed_continuation_token_is_rejected_before_any_request()
        {
            Assert.Throws<ArgumentException>(() => _client.ListAllBatchesAsync(new ListAllBatchesOptions { ContinuationToken = "not-a-token" }));
            Assert.Throws<ArgumentException>(() => _client.ListAllBatchesAsync().AsPages("eyJ2IjoyfQ"));
            Assert.That(_simulator.RequestCount, Is.EqualTo(0));
        }

        [Test]
        public async Task A_token_from_a_desc_listing_is_rejected_by_an_asc_listing()
        {
            _simulator.Seed(10, seed: 3);
            _simulator.Options.ListAllStatuses = true;
            var page = await _client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = 3 }).AsPages().FirstAsync();

            Assert.Throws<ArgumentException>(() => _client.ListAllBatchesAsync(new ListAllBatchesOptions { Order = SortOrder.Asc }).AsPages(page.ContinuationToken));
        }

        [Test]
        public async Task An_unknown_cursor_surfaces_as_a_typed_error_naming_the_cursor()
        {
            _simulator.Options.ListAllStatuses = true;
            _simulator.Seed(10);
            var page = await _client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = 3 }).AsPages().FirstAsync();
            var cursor = page.Values.Last().Id;
            _simulator.RemoveBatch(cursor);

            var error = await Assert.ThrowsAsync<LettaCursorNotFoundException>(() =>
                SimulatorListing.CollectIdsAsync(_client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = 3, ContinuationToken = page.ContinuationToken })));

            Assert.That(error!.Cursor, Is.EqualTo(cursor));
            Assert.That(error.StatusCode, Is.EqualTo(400));
        }

        [Test]
        public async Task The_listing_shows_only_created_and_running_batches_as_the_server_does()
        {
            _simulator.Seed(40, seed: 11);

            var ids = await SimulatorListing.CollectIdsAsync(_client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = 7 }));

            var statuses = _simulator.Batches.Where(b => ids.Contains(b.Id)).Select(b => b.Status).Distinct();
            Assert.That(statuses, Is.SubsetOf(new[] { "created", "running" }));
            Assert.That(_simulator.Batches.Count, Is.GreaterThan(ids.Count));
        }

        [Test]
        public async Task FromPages_lets_users_fake_a_listing_in_their_tests()
        {
            var batch = new BatchJob { Id = "job-1" };
            var pageable = LettaPageable<BatchJob>.FromPages(new[] { new LettaPage<BatchJob>(new[] { batch }, "t1"), new LettaPage<BatchJob>(new[] { batch }, null) });

            var ids = await SimulatorListing.CollectIdsAsync(pageable);
            var resumed = await pageable.AsPages("t1").CountAsync();

            Assert.That(ids, Is.EqualTo(new[] { "job-1", "job-1" }));
            Assert.That(resumed, Is.EqualTo(1));
        }

        [Test]
        public async Task FromPages_resumes_after_the_first_page_that_carries_the_token()
        {
            LettaPage<BatchJob> Page(string id, string? token) => new LettaPage<BatchJob>(new[] { new BatchJob { Id = id } }, token);
            var pageable = LettaPageable<BatchJob>.FromPages(new[] { Page("job-1", "t1"), Page("job-2", "t1"), Page("job-3", null) });

            var resumed = new List<string>();
            await foreach (var page in pageable.AsPages("t1")) resumed.AddRange(page.Values.Select(b => b.Id));

            Assert.That(resumed, Is.EqualTo(new[] { "job-2", "job-3" }));
        }
    }
}
