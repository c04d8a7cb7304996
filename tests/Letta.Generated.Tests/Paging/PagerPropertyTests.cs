using System.Net.Http;
using System.Threading.Tasks;
using CsCheck;
using Letta.Generated.Simulator;
using Letta.Generated.Testing;
using Letta.Generated.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Tests.Paging
{
    /// <summary>
    /// Random datasets, page sizes, orders and both cursor readings, with batches added while the
    /// listing runs, and creation times at UTC or at offsets from -12:00 to +14:00: the pager yields exactly
    /// the expected sequence, every time.
    /// </summary>
    [NonParallelizable]
    [CancelAfter(300_000)]
    public class PagerPropertyTests
    {
        [Test]
        public async Task Every_listed_batch_comes_exactly_once_in_order_under_both_cursor_readings()
        {
            using var simulator = LettaSimulator.Start();
            using var utcClient = SimulatorListing.CreateClient(simulator);
            using var offsetClient = new LettaClient(
                new HttpClient(new OffsetTimestamps(new HttpClientHandler())),
                new LettaClientOptions(_ => null) { BaseUrl = simulator.BaseUrl, ApiKey = simulator.ApiKey, MaxRetries = 0 });

            var cases = Gen.Select(Gen.Int[0, 45], Gen.Int[1, 12], Gen.Bool, Gen.Bool, Gen.Bool, Gen.Int[0, 3], Gen.Int[0, 10_000], Gen.Bool);
            await cases.SampleAsync(async (count, pageSize, ascending, sortOrderRelative, ties, additions, seed, offsets) =>
            {
                var client = offsets ? offsetClient : utcClient;
                simulator.Clear();
                simulator.ClearRequests();
                simulator.Options.CursorReading = sortOrderRelative ? SimulatedCursorReading.SortOrderRelative : SimulatedCursorReading.Chronological;
                simulator.Seed(count, seed, allowTies: ties);
                var order = ascending ? SortOrder.Asc : SortOrder.Desc;
                var initial = SimulatorListing.ExpectedIds(simulator.Batches, order);
                var added = 0;
                simulator.OnRequest(request =>
                {
                    // From the second request on, a new batch (newer than all) arrives while the listing runs.
                    if (request.Number >= 2 && added < additions) simulator.AddBatch(SimulatorListing.NewerThanAll(simulator, ++added));
                });

                var ids = await SimulatorListing.CollectIdsAsync(client.ListAllBatchesAsync(new ListAllBatchesOptions { Order = order, PageSize = pageSize })).WithinTest();

                simulator.OnRequest(null);
                // Newest first: batches that arrive later are newer than the first page, so not part of this listing.
                // Oldest first: they come after everything else and are listed at the end.
                var expected = ascending ? SimulatorListing.ExpectedIds(simulator.Batches, order) : initial;
                Assert.That(ids, Is.EqualTo(expected), $"N={count} P={pageSize} order={order} relative={sortOrderRelative} added={added} offsets={offsets}");
                if (additions == 0)
                {
                    // ceil(N/P)+1, the official SDKs' count, plus for desc at most one probe while the cursor reading is unknown.
                    var probe = ascending ? 0 : 1;
                    Assert.That(simulator.RequestCount, Is.LessThanOrEqualTo(((count + pageSize - 1) / pageSize) + 1 + probe), "requests");
                }
            }, iter: 150, threads: 1);
        }
    }
}
