using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Tests.Paging
{
    /// <summary>
    /// How the pager reads cursors for <c>desc</c> against scripted servers: a resumed listing asks the way its token
    /// recorded, a server that honours neither reading is stopped with a message that says so, and what it settles
    /// on is logged; with prefetch, a consumer that stops early leaves no request running.
    /// </summary>
    [CancelAfter(10_000)]
    public class PagerCursorReadingTests
    {
        private static readonly DateTimeOffset Epoch = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

        private static BatchJob Batch(string id, int second) => new BatchJob { Id = id, CreatedAt = Epoch.AddSeconds(second) };

        private static LettaResponse<IReadOnlyList<BatchJob>> Page(params BatchJob[] batches) =>
            new LettaResponse<IReadOnlyList<BatchJob>>(200, new Dictionary<string, IEnumerable<string>>(), batches);

        /// <summary>A desc pager whose requests are answered in turn by <paramref name="pages"/> (then empty pages), recording each request as before=/after=.</summary>
        private static (BatchPager<BatchJob> Pager, List<string> Requests) Scripted(CursorReading reading, ListingTelemetry? telemetry, params BatchJob[][] pages) =>
            Scripted(2, reading, telemetry, pages);

        private static (BatchPager<BatchJob> Pager, List<string> Requests) Scripted(int pageSize, CursorReading reading, ListingTelemetry? telemetry, params BatchJob[][] pages)
        {
            var requests = new List<string>();
            var queue = new Queue<BatchJob[]>(pages);
            FetchPage<BatchJob> fetch = (request, _) =>
            {
                requests.Add(request.Before is { } before ? "before=" + before : request.After is { } after ? "after=" + after : "first");
                return Task.FromResult(Page(queue.Count > 0 ? queue.Dequeue() : Array.Empty<BatchJob>()));
            };
            return (new BatchPager<BatchJob>(fetch, PageCursor.Of, SortOrder.Desc, pageSize, reading, prefetch: false, telemetry), requests);
        }

        private static async Task<List<string>> IdsAsync(BatchPager<BatchJob> pager, ContinuationToken? resumeFrom = null)
        {
            var ids = new List<string>();
            await foreach (var page in pager.GetPagesAsync(resumeFrom, TestContext.CurrentContext.CancellationToken)) ids.AddRange(page.Values.Select(b => b.Id));
            return ids;
        }

        private static ContinuationToken ResumeAt(CursorReading reading) => new ContinuationToken(SortOrder.Desc, reading, new PageCursor("job-c", Epoch.AddSeconds(3)));

        [Test]
        public async Task A_resumed_listing_asks_before_the_cursor_when_its_token_recorded_the_chronological_reading()
        {
            var (pager, requests) = Scripted(CursorReading.Auto, null);

            var ids = await IdsAsync(pager, ResumeAt(CursorReading.Chronological));

            Assert.That(ids, Is.Empty);
            Assert.That(requests, Is.EqualTo(new[] { "before=job-c" }), "no after= probe: the token settled the reading");
        }

        [Test]
        public async Task A_resumed_listing_asks_after_the_cursor_when_its_token_recorded_the_sort_order_relative_reading()
        {
            var (pager, requests) = Scripted(CursorReading.Auto, null, new[] { Batch("job-b", 2), Batch("job-a", 1) });

            var ids = await IdsAsync(pager, ResumeAt(CursorReading.SortOrderRelative));

            Assert.That(ids, Is.EqualTo(new[] { "job-b", "job-a" }));
            Assert.That(requests, Is.EqualTo(new[] { "after=job-c", "after=job-a" }));
        }

        [Test]
        public async Task A_forced_reading_the_server_contradicts_names_the_cursor_the_order_and_the_reading()
        {
            // Told "after = older", the server answers after=job-c with newer batches.
            var (pager, _) = Scripted(CursorReading.SortOrderRelative, null,
                new[] { Batch("job-d", 4), Batch("job-c", 3) },
                new[] { Batch("job-f", 6), Batch("job-e", 5) });

            var error = await Assert.ThrowsAsync<LettaPaginationException>(() => IdsAsync(pager));

            Assert.That(error!.Message, Is.EqualTo(
                "The page requested after batch 'job-c' holds batches that come before it in desc order: the server ignored the cursor or reads it "
                + "differently from CursorReading.SortOrderRelative. Stopped so no batch is listed twice."));
            Assert.That(error.Cursor, Is.EqualTo("job-c"));
        }

        [Test]
        public async Task A_server_answering_both_before_and_after_with_newer_batches_is_stopped_as_not_honouring_cursors()
        {
            var (pager, requests) = Scripted(CursorReading.Auto, null,
                new[] { Batch("job-d", 4), Batch("job-c", 3) },
                new[] { Batch("job-f", 6), Batch("job-e", 5) },
                new[] { Batch("job-h", 8), Batch("job-g", 7) });

            var error = await Assert.ThrowsAsync<LettaPaginationException>(() => IdsAsync(pager));

            Assert.That(error!.Message, Is.EqualTo(
                "Both before='job-c' and after='job-c' returned batches newer than the cursor: the server is not honouring cursors. Stopped so no batch is listed twice."));
            Assert.That(requests, Is.EqualTo(new[] { "first", "before=job-c", "after=job-c" }));
        }

        [Test]
        public async Task After_a_single_batch_nothing_before_it_is_settled_by_one_after_probe()
        {
            // One batch listed is no evidence of newer ones: a sort-order-relative server would also send nothing for before=.
            var (pager, requests) = Scripted(1, CursorReading.Auto, null, new[] { Batch("job-c", 3) });

            var ids = await IdsAsync(pager);

            Assert.That(ids, Is.EqualTo(new[] { "job-c" }));
            Assert.That(requests, Is.EqualTo(new[] { "first", "before=job-c", "after=job-c" }));
        }

        [Test]
        public async Task After_two_batches_nothing_before_the_cursor_ends_the_listing_without_a_probe()
        {
            var (pager, requests) = Scripted(2, CursorReading.Auto, null, new[] { Batch("job-d", 4), Batch("job-c", 3) });

            var ids = await IdsAsync(pager);

            Assert.That(ids, Is.EqualTo(new[] { "job-d", "job-c" }));
            Assert.That(requests, Is.EqualTo(new[] { "first", "before=job-c" }));
        }

        [Test]
        public async Task An_anomaly_on_the_first_page_is_logged_as_at_the_first_page()
        {
            using var telemetry = new TelemetryCapture();
            var listingTelemetry = new ListingTelemetry(telemetry.Configure(new LettaClientOptions(_ => null)), new SecretRedactor(Array.Empty<string>()));
            var (pager, _) = Scripted(CursorReading.Auto, listingTelemetry, new[] { Batch("job-a", 1), Batch("job-b", 2) });

            await Assert.ThrowsAsync<LettaPaginationException>(() => IdsAsync(pager));

            Assert.That(telemetry.Events(203).Single().Message, Is.EqualTo(
                "Letta listing stopped at cursor (first page): The page (first page) is not in desc order: batch 'job-b' follows 'job-a'."));
        }

        [TestCase(CursorReading.Auto, "auto")]
        [TestCase(CursorReading.Chronological, "chronological")]
        [TestCase(CursorReading.SortOrderRelative, "sort_order_relative")]
        public void Each_cursor_reading_has_its_span_attribute_value(CursorReading reading, string expected)
        {
            Assert.That(ListingScope.Name(reading), Is.EqualTo(expected));
        }

        [Test]
        public async Task Newer_batches_for_before_and_nothing_for_after_settle_the_sort_order_relative_reading()
        {
            using var telemetry = new TelemetryCapture();
            var listingTelemetry = new ListingTelemetry(telemetry.Configure(new LettaClientOptions(_ => null)), new SecretRedactor(Array.Empty<string>()));
            var (pager, requests) = Scripted(CursorReading.Auto, listingTelemetry,
                new[] { Batch("job-d", 4), Batch("job-c", 3) },
                new[] { Batch("job-f", 6), Batch("job-e", 5) });

            var ids = await IdsAsync(pager);

            Assert.That(ids, Is.EqualTo(new[] { "job-d", "job-c" }));
            Assert.That(requests, Is.EqualTo(new[] { "first", "before=job-c", "after=job-c" }));
            Assert.That(telemetry.Events(202).Single().Message, Is.EqualTo("Letta listing in desc order settled on the SortOrderRelative cursor reading at cursor job-c."));
        }

        [Test]
        public async Task With_prefetch_a_consumer_that_stops_early_cancels_the_page_asked_for_ahead_and_waits_for_it()
        {
            var prefetched = new TaskCompletionSource<CancellationToken>(TaskCreationOptions.RunContinuationsAsynchronously);
            var finished = false;
            FetchPage<BatchJob> fetch = async (request, cancellationToken) =>
            {
                if (request.After is null) return Page(Batch("job-a", 1), Batch("job-b", 2));
                prefetched.TrySetResult(cancellationToken);
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                    return Page();
                }
                finally
                {
                    // Ends on another thread, later: only a pager that awaits the request sees it finished.
                    await Task.Yield();
                    Volatile.Write(ref finished, true);
                }
            };
            var pager = new BatchPager<BatchJob>(fetch, PageCursor.Of, SortOrder.Asc, 2, CursorReading.Auto, prefetch: true);

            // The listing gets no token of the test's: only the pager itself can cancel the request asked for ahead.
            var consumer = Task.Run(async () =>
            {
                await foreach (var page in pager.GetPagesAsync(null, CancellationToken.None))
                {
                    await prefetched.Task;
                    break;
                }
            });
            await consumer.WithinTest();

            var token = await prefetched.Task.WithinTest();
            Assert.That(token.IsCancellationRequested, Is.True, "the page asked for ahead is cancelled");
            Assert.That(Volatile.Read(ref finished), Is.True, "and has finished by the time the listing is disposed");
        }
    }
}
