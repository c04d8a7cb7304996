using System.Linq;
using System.Threading.Tasks;
using Letta.Generated.Simulator;
using Letta.Generated.Testing;
using Letta.Generated.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Tests.Paging
{
    /// <summary><see cref="ListAllBatchesOptions.Prefetch"/>: the next page is on its way while the consumer works, with the same requests and batches.</summary>
    [CancelAfter(30_000)]
    public class PrefetchTests
    {
        private LettaSimulator _simulator = null!;
        private LettaClient _client = null!;

        [SetUp]
        public void Start()
        {
            _simulator = LettaSimulator.Start(new LettaSimulatorOptions { SeedCount = 23, ListAllStatuses = true });
            _client = SimulatorListing.CreateClient(_simulator);
        }

        [TearDown]
        public void Stop()
        {
            _client.Dispose();
            _simulator.Dispose();
        }

        [Test]
        public async Task With_prefetch_the_next_page_is_requested_while_the_consumer_holds_the_current_one()
        {
            var second = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _simulator.OnRequest(request => { if (request.Number == 2) second.TrySetResult(); });
            var listing = _client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = 5, Prefetch = true });

            await using var pages = listing.AsPages().GetAsyncEnumerator();
            Assert.That(await pages.MoveNextAsync().AsTask().WithinTest(), Is.True);

            // Still holding page 1: page 2 is asked for without the consumer moving on.
            await second.Task.WithinTest();
            Assert.That(pages.Current.Values, Has.Count.EqualTo(5));
        }

        [TestCase("desc")]
        [TestCase("asc")]
        public async Task With_prefetch_a_listing_sends_the_same_requests_and_yields_the_same_batches(string order)
        {
            var sortOrder = new SortOrder(order);
            var plain = await SimulatorListing.CollectIdsAsync(_client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = 5, Order = sortOrder })).WithinTest();
            var plainRequests = _simulator.RequestCount;
            _simulator.ClearRequests();

            var prefetched = await SimulatorListing.CollectIdsAsync(_client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = 5, Order = sortOrder, Prefetch = true })).WithinTest();

            Assert.That(prefetched, Is.EqualTo(plain));
            Assert.That(prefetched, Has.Count.EqualTo(23));
            Assert.That(_simulator.RequestCount, Is.EqualTo(plainRequests));
        }

        [Test]
        public async Task With_prefetch_breaking_out_early_leaves_at_most_one_extra_request()
        {
            var seen = 0;

            await foreach (var _ in _client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = 5, Prefetch = true }).WithCancellation(TestContext.CurrentContext.CancellationToken))
            {
                if (++seen == 7) break;
            }

            Assert.That(_simulator.RequestCount, Is.InRange(2, 3));
        }
    }
}
