using System.Linq;
using System.Threading.Tasks;
using Letta.Generated.Simulator;
using NUnit.Framework;

namespace Letta.Generated.Testing.Tests
{
    [CancelAfter(30_000)]
    public class RequestLogTests
    {
        [Test]
        public async Task Requests_are_logged()
        {
            using var letta = Batches.StartWith(1, new LettaSimulatorOptions { ApiKey = "sk-test" });
            using var client = letta.CreateHttpClient();
            client.DefaultRequestHeaders.Add("X-Project", "demo");

            await Api.GetAsync(letta, "limit=5&order=asc&after=job-000", client);
            await Api.GetAsync(letta, client: client);

            Assert.That(letta.RequestCount, Is.EqualTo(2));
            var first = letta.Requests[0];
            Assert.That(first.Number, Is.EqualTo(1));
            Assert.That(first.Method, Is.EqualTo("GET"));
            Assert.That(first.Path, Is.EqualTo("/v1/messages/batches"));
            Assert.That(first.RawQuery, Is.EqualTo("limit=5&order=asc&after=job-000"));
            Assert.That(first.Query["limit"], Is.EqualTo("5"));
            Assert.That(first.Query["after"], Is.EqualTo("job-000"));
            Assert.That(first.Headers["authorization"], Is.EqualTo("Bearer sk-test"));
            Assert.That(first.Headers["X-Project"], Is.EqualTo("demo"));
            Assert.That(letta.Requests[1].Query, Is.Empty);
        }

        [Test]
        public async Task Repeated_query_parameter_keeps_its_last_value_like_the_server()
        {
            using var letta = Batches.StartWith(5);

            var ids = Api.Ids(await Api.ListAsync(letta, "limit=1&limit=2"));

            Assert.That(ids, Has.Length.EqualTo(2));
            Assert.That(letta.Requests[0].QueryParameters.Count(p => p.Key == "limit"), Is.EqualTo(2));
        }

        [Test]
        public async Task Encoded_query_values_are_decoded_and_empty_ones_kept()
        {
            using var letta = Batches.StartWith(1);

            await Api.GetAsync(letta, "after=&before=job%2D000%20x");

            var query = letta.Requests[0].Query;
            Assert.That(query["after"], Is.Empty);
            Assert.That(query["before"], Is.EqualTo("job-000 x"));
        }

        [Test]
        public async Task On_request_hook_can_add_batches_while_a_listing_runs()
        {
            using var letta = Batches.StartWith(3);
            letta.OnRequest(request =>
            {
                if (request.Number == 2)
                {
                    // A batch created between page 1 and page 2: newer than everything, so a desc walk misses it.
                    letta.AddBatch(Batches.Make(100, id: "job-late"));
                }
            });

            var page1 = Api.Ids(await Api.ListAsync(letta, "limit=2"));
            var page2 = Api.Ids(await Api.ListAsync(letta, "limit=2&before=" + page1[^1]));
            var fresh = Api.Ids(await Api.ListAsync(letta, "limit=1"));

            Assert.That(page1, Is.EqualTo(new[] { "job-002", "job-001" }));
            Assert.That(page2, Is.EqualTo(new[] { "job-000" }));
            Assert.That(fresh, Is.EqualTo(new[] { "job-late" }));
        }

        [Test]
        public async Task Clearing_requests_restarts_the_numbering()
        {
            using var letta = LettaSimulator.Start();
            await Api.GetAsync(letta);
            letta.ClearRequests();

            await Api.GetAsync(letta);

            Assert.That(letta.RequestCount, Is.EqualTo(1));
            Assert.That(letta.Requests.Single().Number, Is.EqualTo(1));
        }

        [Test]
        public async Task Wiremock_server_is_exposed_and_sees_the_same_requests()
        {
            using var letta = LettaSimulator.Start();

            await Api.GetAsync(letta);

            Assert.That(letta.Server.Port, Is.EqualTo(letta.BaseUrl.Port));
            Assert.That(letta.BaseUrl.Host, Is.EqualTo("127.0.0.1"));
            Assert.That(letta.BaseUrl.AbsolutePath, Is.EqualTo("/"));
            Assert.That(letta.Server.LogEntries.Count(), Is.EqualTo(1));
        }
    }
}
