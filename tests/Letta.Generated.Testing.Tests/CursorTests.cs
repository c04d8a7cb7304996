using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Letta.Generated.Simulator;
using NUnit.Framework;

namespace Letta.Generated.Testing.Tests
{
    [CancelAfter(30_000)]
    public class CursorTests
    {
        [Test]
        public async Task Desc_with_before_cursor_pages_to_older_batches()
        {
            using var letta = Batches.StartWith(10);

            var ids = Api.Ids(await Api.ListAsync(letta, "before=job-005&limit=3"));

            Assert.That(ids, Is.EqualTo(new[] { "job-004", "job-003", "job-002" }));
        }

        [Test]
        public async Task Desc_with_after_cursor_is_chronological_by_default()
        {
            using var letta = Batches.StartWith(10);

            // The open-source server: after=X means NEWER than X even in desc order, starting from the newest.
            var ids = Api.Ids(await Api.ListAsync(letta, "after=job-005&limit=3"));

            Assert.That(ids, Is.EqualTo(new[] { "job-009", "job-008", "job-007" }));
        }

        [Test]
        public async Task Asc_with_after_cursor_pages_forward()
        {
            using var letta = Batches.StartWith(10);

            var ids = Api.Ids(await Api.ListAsync(letta, "order=asc&after=job-005&limit=3"));

            Assert.That(ids, Is.EqualTo(new[] { "job-006", "job-007", "job-008" }));
        }

        [Test]
        public async Task Both_cursors_select_a_window()
        {
            using var letta = Batches.StartWith(10);

            var ids = Api.Ids(await Api.ListAsync(letta, "after=job-002&before=job-006"));

            Assert.That(ids, Is.EqualTo(new[] { "job-005", "job-004", "job-003" }));
        }

        [Test]
        public async Task Inverted_window_is_a_400()
        {
            using var letta = Batches.StartWith(10);

            var reply = await Api.GetAsync(letta, "after=job-006&before=job-002");

            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((string?)reply.Json["detail"], Is.Not.Empty);
        }

        [Test]
        public async Task Unknown_cursor_is_a_400_naming_the_cursor()
        {
            using var letta = Batches.StartWith(3);

            var reply = await Api.GetAsync(letta, "before=job-nope");

            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(reply.Body, Is.EqualTo("{\"detail\":\"Job with id job-nope not found\"}"));
        }

        [Test]
        public async Task Finished_batch_id_works_as_a_cursor()
        {
            using var letta = Batches.StartWith(6);
            letta.UpdateBatch("job-003", b => b with { Status = "completed" });

            var ids = Api.Ids(await Api.ListAsync(letta, "before=job-003"));

            Assert.That(ids, Is.EqualTo(new[] { "job-002", "job-001", "job-000" }));
        }

        [Test]
        public async Task Paging_desc_with_before_last_id_visits_every_listed_batch_once()
        {
            using var letta = LettaSimulator.Start(new LettaSimulatorOptions { SeedCount = 200, AllowTies = true });
            var expected = letta.Batches.Where(b => b.Status is "created" or "running").Select(b => b.Id).Reverse().ToList();

            var seen = new List<string>();
            string query = "limit=7";
            while (true)
            {
                var ids = Api.Ids(await Api.ListAsync(letta, query));
                if (ids.Length == 0)
                {
                    break;
                }

                seen.AddRange(ids);
                query = "limit=7&before=" + ids[^1];
            }

            Assert.That(seen, Is.EqualTo(expected));
        }

        [Test]
        public async Task Sort_order_relative_after_in_desc_returns_older_batches()
        {
            using var letta = Batches.StartWith(10, new LettaSimulatorOptions { CursorReading = SimulatedCursorReading.SortOrderRelative });

            var ids = Api.Ids(await Api.ListAsync(letta, "after=job-005&limit=3"));

            Assert.That(ids, Is.EqualTo(new[] { "job-004", "job-003", "job-002" }));
        }

        [Test]
        public async Task Sort_order_relative_before_in_desc_returns_the_nearest_newer_batches_in_desc_order()
        {
            using var letta = Batches.StartWith(10, new LettaSimulatorOptions { CursorReading = SimulatedCursorReading.SortOrderRelative });

            var ids = Api.Ids(await Api.ListAsync(letta, "before=job-005&limit=3"));

            Assert.That(ids, Is.EqualTo(new[] { "job-008", "job-007", "job-006" }));
        }

        [Test]
        public async Task Sort_order_relative_asc_pages_forward_and_before_returns_the_nearest_older_batches()
        {
            using var letta = Batches.StartWith(10, new LettaSimulatorOptions { CursorReading = SimulatedCursorReading.SortOrderRelative });

            var after = Api.Ids(await Api.ListAsync(letta, "order=asc&after=job-005&limit=2"));
            var before = Api.Ids(await Api.ListAsync(letta, "order=asc&before=job-005&limit=2"));

            Assert.That(after, Is.EqualTo(new[] { "job-006", "job-007" }));
            Assert.That(before, Is.EqualTo(new[] { "job-003", "job-004" }));
        }

        [Test]
        public async Task Cursor_reading_can_be_switched_on_a_running_simulator()
        {
            using var letta = Batches.StartWith(10);
            letta.Options.CursorReading = SimulatedCursorReading.SortOrderRelative;

            var ids = Api.Ids(await Api.ListAsync(letta, "after=job-005&limit=1"));

            Assert.That(ids, Is.EqualTo(new[] { "job-004" }));
        }
    }
}
