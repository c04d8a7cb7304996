using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Simulator.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Letta.Generated.Simulator.Tests.Faults
{
    /// <summary>A page cap: at most N batches a page whatever <c>limit</c> asks, as a capping Letta Cloud would.</summary>
    public class PageCapTests
    {
        [Test]
        [CancelAfter(10_000)]
        public async Task A_page_holds_at_most_the_cap_whatever_limit_asks(CancellationToken cancellationToken)
        {
            using var letta = InProcess.ServerWith(20);
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.PageCap(5).AsSticky());

            var tenAsked = await CountAsync(http, "limit=10", cancellationToken);
            var allAsked = await CountAsync(http, "limit=0", cancellationToken);
            var defaultAsked = await CountAsync(http, string.Empty, cancellationToken);
            var threeAsked = await CountAsync(http, "limit=3", cancellationToken);

            Assert.That(new[] { tenAsked, allAsked, defaultAsked, threeAsked }, Is.EqualTo(new[] { 5, 5, 5, 3 }));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task A_capped_listing_still_pages_through_every_batch_with_cursors(CancellationToken cancellationToken)
        {
            using var letta = InProcess.ServerWith(12);
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.PageCap(5).AsSticky());

            var ids = new List<string>();
            var query = "limit=100";
            while (true)
            {
                var page = (JArray)InProcess.Parse(await http.GetStringAsync(InProcess.Path + "?" + query, cancellationToken));
                ids.AddRange(page.Select(b => (string)b["id"]!));
                if (page.Count == 0)
                {
                    break;
                }

                query = "limit=100&before=" + ids[^1];
            }

            Assert.That(ids, Is.EqualTo(Enumerable.Range(0, 12).Reverse().Select(i => $"job-{i:D3}")));
            Assert.That(letta.RequestCount, Is.EqualTo(4), "5 + 5 + 2 + the empty page");
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task A_one_shot_cap_caps_one_page(CancellationToken cancellationToken)
        {
            using var letta = InProcess.ServerWith(20);
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.PageCap(2));

            var capped = await CountAsync(http, "limit=10", cancellationToken);
            var next = await CountAsync(http, "limit=10", cancellationToken);

            Assert.That((capped, next), Is.EqualTo((2, 10)));
        }

        [Test]
        public void A_cap_below_one_is_rejected()
        {
            Assert.Throws<System.ArgumentOutOfRangeException>(() => SimulatedFault.PageCap(0));
        }

        private static async Task<int> CountAsync(HttpClient http, string query, CancellationToken cancellationToken)
        {
            var body = await http.GetStringAsync(query.Length == 0 ? InProcess.Path : InProcess.Path + "?" + query, cancellationToken);
            return ((JArray)InProcess.Parse(body)).Count;
        }
    }
}
