using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Letta.Generated.Simulator;
using Letta.Generated.Testing;
using Letta.Generated.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Tests.Paging
{
    /// <summary><see cref="ILettaClient.ListAllBatchesJsonAsync"/>: the same listing, each batch byte for byte as sent.</summary>
    [CancelAfter(30_000)]
    public class JsonListingTests
    {
        // Nulls, an offset-less timestamp, a microsecond one, an unknown field, escapes, non-ASCII and odd spacing.
        private const string First = "{\"id\": \"job-0001\", \"created_at\": \"2025-01-02T03:04:05.123456Z\", \"completed_at\": \"2025-01-02T03:04:09.120000\", \"status\": null, \"metadata\": {\"note\": \"caf\\u00e9 — \\\"quoted\\\"\", \"deep\": [1, {\"x\": null}]}, \"user_id\": \"user-1\"}";
        private const string Second = "{\"created_at\":\"2025-01-02T03:04:06Z\",\"id\":\"job-0002\",\"ttft_ns\":4300000000,\"stop_reason\":\"a_reason_no_version_has\"}";

        [Test]
        public async Task Each_batch_is_yielded_byte_for_byte_as_the_server_sent_it()
        {
            using var server = new LoopbackServer();
            server.RespondJson("[\n  " + First + ",\n  " + Second + "\n]");
            server.RespondEmptyToCursors();
            using var client = server.CreateClient();

            var batches = await SimulatorListing.CollectAsync(client.ListAllBatchesJsonAsync(new ListAllBatchesOptions { PageSize = 5, Order = SortOrder.Asc })).WithinTest();

            Assert.That(batches.Select(b => Encoding.UTF8.GetString(b.Utf8Json.ToArray())), Is.EqualTo(new[] { First, Second }));
            Assert.That(batches.Select(b => b.Id), Is.EqualTo(new[] { "job-0001", "job-0002" }));
            Assert.That(batches[0].CreatedAt, Is.EqualTo(new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero).AddTicks(1234560)));
        }

        [Test]
        public async Task ToBatchJob_reads_a_batch_as_the_typed_listing_does()
        {
            using var server = new LoopbackServer();
            server.RespondJson("[" + First + "," + Second + "]");
            server.RespondEmptyToCursors();
            using var client = server.CreateClient();

            var json = await SimulatorListing.CollectAsync(client.ListAllBatchesJsonAsync(new ListAllBatchesOptions { Order = SortOrder.Asc })).WithinTest();
            var batch = json[1].ToBatchJob();

            Assert.That(batch.Id, Is.EqualTo("job-0002"));
            Assert.That(batch.TtftNs, Is.EqualTo(4_300_000_000L));
            Assert.That(batch.StopReason!.Value.Value, Is.EqualTo("a_reason_no_version_has"));
            Assert.That(json[0].ToBatchJob().CompletedAt, Is.EqualTo(new DateTimeOffset(2025, 1, 2, 3, 4, 9, 120, TimeSpan.Zero)));
        }

        // The body is read where it was received, in 64 KiB segments: a batch, its id or its created_at may lie across two.
        [TestCase("{", 0)]
        [TestCase("\"id\"", 2)]
        [TestCase("job-", 5)]
        [TestCase("\"created_at\"", 4)]
        [TestCase("2025-", 8)]
        [TestCase(".654321Z", 3)]
        [TestCase("}", 0)]
        public async Task A_batch_that_lies_across_two_body_segments_is_yielded_whole(string mark, int into)
        {
            const int segment = 64 * 1024;
            const string target = "{\"id\":\"job-across\",\"created_at\":\"2025-01-02T03:04:05.654321Z\",\"status\":\"running\"}";
            const string before = "{\"id\":\"job-pad\",\"created_at\":\"2025-01-02T03:04:04Z\",\"note\":\"\"}";
            // The padding puts the segment boundary exactly `into` bytes past the mark inside the second batch.
            var boundary = target.IndexOf(mark, StringComparison.Ordinal) + into;
            var pad = new string('x', segment - "[".Length - before.Length - ",".Length - boundary);
            var page = "[" + before.Replace("\"note\":\"\"", "\"note\":\"" + pad + "\"") + "," + target + "]";
            Assert.That(page.IndexOf(target, StringComparison.Ordinal) + boundary, Is.EqualTo(segment), "the test's own set-up");
            using var server = new LoopbackServer();
            server.RespondJson(page);
            using var client = server.CreateClient();

            var response = await client.ListBatchesJsonAsync(null, null, 2, SortOrder.Asc, TestContext.CurrentContext.CancellationToken).WithinTest();

            Assert.That(response.Result.Select(b => b.Id), Is.EqualTo(new[] { "job-pad", "job-across" }));
            Assert.That(Encoding.UTF8.GetString(response.Result[1].Utf8Json.ToArray()), Is.EqualTo(target));
            Assert.That(response.Result[1].CreatedAt, Is.EqualTo(new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero).AddTicks(6543210)));
            Assert.That(response.Result[1].ToBatchJob().Status!.Value.Value, Is.EqualTo("running"));
        }

        [TestCase("[{\"created_at\":\"2025-01-02T03:04:05Z\"}]", "Required property 'id' not found in [0]")]
        [TestCase("[{\"id\":\"job-1\",\"created_at\":\"yesterday\"}]", "[0].created_at is not a date-time")]
        [TestCase("[\"job-1\"]", "[0] is not a JSON object but a string")]
        [TestCase("{\"detail\":\"x\"}", "expected a JSON array, found an object")]
        [TestCase("[] []", "is invalid after a single JSON value")]
        public async Task A_page_the_JSON_listing_cannot_page_through_is_a_response_exception_saying_why(string body, string reason)
        {
            using var server = new LoopbackServer();
            server.RespondJson(body);
            using var client = server.CreateClient();

            var error = await Assert.ThrowsAsync<LettaResponseException>(() => SimulatorListing.CollectAsync(client.ListAllBatchesJsonAsync()).WithinTest());

            Assert.That(error!.Message, Does.Contain(reason));
        }

        [Test]
        public async Task The_JSON_listing_pages_exactly_as_the_typed_listing()
        {
            using var simulator = LettaSimulator.Start(new LettaSimulatorOptions { SeedCount = 37, ListAllStatuses = true });
            using var client = SimulatorListing.CreateClient(simulator);

            var typed = await SimulatorListing.CollectIdsAsync(client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = 6 })).WithinTest();
            var json = await SimulatorListing.CollectAsync(client.ListAllBatchesJsonAsync(new ListAllBatchesOptions { PageSize = 6 })).WithinTest();

            Assert.That(json.Select(b => b.Id), Is.EqualTo(typed));
            Assert.That(json.Select(b => b.ToBatchJob().Id), Is.EqualTo(typed));
        }
    }
}
