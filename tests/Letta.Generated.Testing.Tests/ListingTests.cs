using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Letta.Generated.Simulator;
using NUnit.Framework;

namespace Letta.Generated.Testing.Tests
{
    [CancelAfter(30_000)]
    public class ListingTests
    {
        [Test]
        public async Task Response_is_a_bare_json_array_with_json_content_type()
        {
            using var letta = Batches.StartWith(2);

            var reply = await Api.GetAsync(letta);

            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(reply.Response.Content.Headers.ContentType?.ToString(), Is.EqualTo("application/json"));
            Assert.That(reply.Body, Does.StartWith("[{"));
            Assert.That(reply.Body, Does.Not.Contain(" "), "FastAPI sends compact JSON");
        }

        [Test]
        public async Task Empty_store_lists_an_empty_array()
        {
            using var letta = LettaSimulator.Start();

            var reply = await Api.GetAsync(letta);

            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(reply.Body, Is.EqualTo("[]"));
        }

        [Test]
        public async Task Finished_batches_are_not_listed()
        {
            using var letta = LettaSimulator.Start();
            var statuses = LettaValues.JobStatuses;
            for (var i = 0; i < statuses.Count; i++)
            {
                letta.AddBatch(Batches.Make(i, statuses[i], "job-" + statuses[i]));
            }

            var ids = Api.Ids(await Api.ListAsync(letta));

            Assert.That(ids, Is.EquivalentTo(new[] { "job-created", "job-running" }));
        }

        [Test]
        public async Task List_all_statuses_option_lists_finished_batches_too()
        {
            using var letta = LettaSimulator.Start(new LettaSimulatorOptions { ListAllStatuses = true });
            letta.AddBatch(Batches.Make(0, "completed"));
            letta.AddBatch(Batches.Make(1, "expired"));

            var page = await Api.ListAsync(letta);

            Assert.That(page.Select(b => (string)b["status"]!), Is.EqualTo(new[] { "expired", "completed" }));
        }

        [Test]
        public async Task Default_order_is_newest_first_and_default_limit_is_100()
        {
            using var letta = Batches.StartWith(120);

            var ids = Api.Ids(await Api.ListAsync(letta));

            Assert.That(ids, Has.Length.EqualTo(100));
            Assert.That(ids[0], Is.EqualTo("job-119"));
            Assert.That(ids[99], Is.EqualTo("job-020"));
        }

        [Test]
        public async Task Asc_order_is_oldest_first()
        {
            using var letta = Batches.StartWith(5);

            var ids = Api.Ids(await Api.ListAsync(letta, "order=asc&limit=3"));

            Assert.That(ids, Is.EqualTo(new[] { "job-000", "job-001", "job-002" }));
        }

        [Test]
        public async Task Limit_zero_returns_every_listed_batch()
        {
            using var letta = Batches.StartWith(150);
            letta.AddBatch(Batches.Make(500, "completed", "job-done"));

            var ids = Api.Ids(await Api.ListAsync(letta, "limit=0"));

            Assert.That(ids, Has.Length.EqualTo(150));
            Assert.That(ids, Does.Not.Contain("job-done"));
        }

        [Test]
        public async Task Limit_has_no_maximum()
        {
            using var letta = Batches.StartWith(1005);

            var ids = Api.Ids(await Api.ListAsync(letta, "limit=1000"));

            Assert.That(ids, Has.Length.EqualTo(1000));
        }

        [Test]
        public async Task Ties_on_created_at_are_sorted_by_id()
        {
            using var letta = LettaSimulator.Start();
            letta.AddBatches(new[] { Batches.Make(1, id: "job-b"), Batches.Make(1, id: "job-c"), Batches.Make(1, id: "job-a") });

            var asc = Api.Ids(await Api.ListAsync(letta, "order=asc"));
            var desc = Api.Ids(await Api.ListAsync(letta, "order=desc"));

            Assert.That(asc, Is.EqualTo(new[] { "job-a", "job-b", "job-c" }));
            Assert.That(desc, Is.EqualTo(new[] { "job-c", "job-b", "job-a" }));
        }

        [Test]
        public async Task Empty_cursor_values_are_ignored()
        {
            using var letta = Batches.StartWith(3);

            var ids = Api.Ids(await Api.ListAsync(letta, "after=&before="));

            Assert.That(ids, Is.EqualTo(new[] { "job-002", "job-001", "job-000" }));
        }

        [Test]
        public async Task Order_by_created_at_is_accepted_and_changes_nothing()
        {
            using var letta = Batches.StartWith(3);

            var ids = Api.Ids(await Api.ListAsync(letta, "order_by=created_at&order=asc"));

            Assert.That(ids, Is.EqualTo(new[] { "job-000", "job-001", "job-002" }));
        }

        [Test]
        public async Task Unknown_path_is_a_404_and_other_methods_a_405()
        {
            using var letta = Batches.StartWith(1);
            using var client = letta.CreateHttpClient();

            using var notFound = await client.GetAsync("v1/messages/batches/", TestContext.CurrentContext.CancellationToken);
            using var notAllowed = await client.PostAsync(Api.Path, null, TestContext.CurrentContext.CancellationToken);

            Assert.That(notFound.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await notFound.Content.ReadAsStringAsync(), Is.EqualTo("{\"detail\":\"Not Found\"}"));
            Assert.That(notAllowed.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
        }
    }
}
