using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Letta.Generated.Tests.Paging
{
    /// <summary>
    /// The pager against scripted servers that misbehave in ways a simulator does not: whatever they send, no id is
    /// yielded twice, no listing loops, and no listing ends early on a short page.
    /// </summary>
    [CancelAfter(10_000)]
    public class ExactlyOnceTests
    {
        private static readonly DateTimeOffset Epoch = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

        private static BatchJob Batch(string id, int? second) => new BatchJob { Id = id, CreatedAt = second is { } s ? Epoch.AddSeconds(s) : null };

        /// <summary>A pager whose requests are answered in turn by <paramref name="pages"/> (then empty pages), recording each request.</summary>
        private static (BatchPager<BatchJob> Pager, List<PageRequest> Requests) Scripted(SortOrder order, int pageSize, CursorReading reading, params BatchJob[][] pages)
        {
            var requests = new List<PageRequest>();
            var queue = new Queue<BatchJob[]>(pages);
            FetchPage<BatchJob> fetch = (request, _) =>
            {
                requests.Add(request);
                var page = queue.Count > 0 ? queue.Dequeue() : Array.Empty<BatchJob>();
                return Task.FromResult(new LettaResponse<IReadOnlyList<BatchJob>>(200, new Dictionary<string, IEnumerable<string>>(), page));
            };
            return (new BatchPager<BatchJob>(fetch, PageCursor.Of, order, pageSize, reading, prefetch: false), requests);
        }

        private static async Task<List<string>> IdsAsync(BatchPager<BatchJob> pager)
        {
            var ids = new List<string>();
            await foreach (var page in pager.GetPagesAsync(null, TestContext.CurrentContext.CancellationToken)) ids.AddRange(page.Values.Select(b => b.Id));
            return ids;
        }

        [Test]
        public async Task A_server_that_caps_pages_below_the_page_size_is_listed_to_the_end()
        {
            // Asked for 4, the server sends at most 2: the short pages are not the end.
            var (pager, requests) = Scripted(SortOrder.Asc, 4, CursorReading.Auto,
                new[] { Batch("job-a", 1), Batch("job-b", 2) },
                new[] { Batch("job-c", 3), Batch("job-d", 4) },
                new[] { Batch("job-e", 5) });

            var ids = await IdsAsync(pager);

            Assert.That(ids, Is.EqualTo(new[] { "job-a", "job-b", "job-c", "job-d", "job-e" }));
            Assert.That(requests, Has.Count.EqualTo(3), "the page of 1, shorter than the learned cap of 2, ends the listing");
        }

        [Test]
        public async Task Two_alternating_pages_without_creation_times_end_with_a_pagination_exception_not_a_loop()
        {
            var first = new[] { Batch("job-a", null), Batch("job-b", null) };
            var second = new[] { Batch("job-c", null), Batch("job-d", null) };
            var (pager, _) = Scripted(SortOrder.Asc, 2, CursorReading.Auto, first, second, first, second, first, second);

            var error = await Assert.ThrowsAsync<LettaPaginationException>(() => IdsAsync(pager));

            Assert.That(error!.Message, Does.Contain("Stopped so no batch is listed twice"));
        }

        [Test]
        public async Task An_id_sent_again_with_another_creation_time_ends_the_listing_instead_of_being_listed_twice()
        {
            var (pager, _) = Scripted(SortOrder.Asc, 2, CursorReading.Auto,
                new[] { Batch("job-a", 1), Batch("job-b", 2) },
                new[] { Batch("job-c", 3), Batch("job-a", 4) });
            var yielded = new List<string>();

            var error = await Assert.ThrowsAsync<LettaPaginationException>(async () =>
            {
                await foreach (var page in pager.GetPagesAsync(null, TestContext.CurrentContext.CancellationToken)) yielded.AddRange(page.Values.Select(b => b.Id));
            });

            Assert.That(yielded, Is.EqualTo(new[] { "job-a", "job-b" }), "the overlapping page is never yielded");
            Assert.That(error!.Message, Does.Contain("lists batch 'job-a' again"));
        }

        [Test]
        public async Task A_page_that_starts_before_the_end_of_the_previous_one_ends_the_listing()
        {
            var (pager, _) = Scripted(SortOrder.Asc, 2, CursorReading.Auto,
                new[] { Batch("job-a", 1), Batch("job-b", 5) },
                new[] { Batch("job-c", 3), Batch("job-d", 6) });

            var error = await Assert.ThrowsAsync<LettaPaginationException>(() => IdsAsync(pager));

            Assert.That(error!.Message, Does.Contain("after batch 'job-b' holds batches on both sides of it"));
        }

        [Test]
        public async Task A_full_last_page_keeps_its_token_and_the_next_request_finds_nothing()
        {
            var (pager, requests) = Scripted(SortOrder.Asc, 2, CursorReading.Auto,
                new[] { Batch("job-a", 1), Batch("job-b", 2) });
            var tokens = new List<string?>();

            await foreach (var page in pager.GetPagesAsync(null, TestContext.CurrentContext.CancellationToken)) tokens.Add(page.ContinuationToken);

            Assert.That(tokens, Has.Count.EqualTo(1));
            Assert.That(tokens[0], Is.Not.Null, "a full page cannot know it was the last");
            Assert.That(requests, Has.Count.EqualTo(2));
        }

        [Test]
        public async Task A_short_page_after_a_full_one_has_no_token()
        {
            var (pager, requests) = Scripted(SortOrder.Asc, 2, CursorReading.Auto,
                new[] { Batch("job-a", 1), Batch("job-b", 2) },
                new[] { Batch("job-c", 3) });
            var tokens = new List<string?>();

            await foreach (var page in pager.GetPagesAsync(null, TestContext.CurrentContext.CancellationToken)) tokens.Add(page.ContinuationToken);

            Assert.That(tokens[1], Is.Null);
            Assert.That(requests, Has.Count.EqualTo(2), "no request after the certain end");
        }
    }
}
