using System;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Letta.Generated.Testing.Tests
{
    [CancelAfter(30_000)]
    public class StoreTests
    {
        [Test]
        public void Adding_a_duplicate_id_fails_and_adds_nothing()
        {
            using var letta = Batches.StartWith(1);

            Assert.Throws<ArgumentException>(() => letta.AddBatches(new[] { Batches.Make(5), Batches.Make(6, id: "job-000") }));
            Assert.That(letta.Batches.Select(b => b.Id), Is.EqualTo(new[] { "job-000" }));
        }

        [Test]
        public async Task A_batch_finished_between_pages_disappears_from_the_listing()
        {
            using var letta = Batches.StartWith(4);
            var before = Api.Ids(await Api.ListAsync(letta));

            letta.UpdateBatch("job-002", b => b with { Status = "completed", CompletedAt = b.CreatedAt.AddSeconds(9) });
            var after = Api.Ids(await Api.ListAsync(letta));

            Assert.That(before, Does.Contain("job-002"));
            Assert.That(after, Is.EqualTo(new[] { "job-003", "job-001", "job-000" }));
        }

        [Test]
        public void Batches_snapshot_is_oldest_first_and_includes_finished_batches()
        {
            using var letta = LettaSimulator.Start();
            letta.AddBatch(Batches.Make(2, "failed"));
            letta.AddBatch(Batches.Make(1));

            Assert.That(letta.Batches.Select(b => b.Id), Is.EqualTo(new[] { "job-001", "job-002" }));
        }

        [Test]
        public async Task Removed_and_cleared_batches_are_gone_and_no_longer_cursors()
        {
            using var letta = Batches.StartWith(3);

            Assert.That(letta.RemoveBatch("job-001"), Is.True);
            var afterRemove = Api.Ids(await Api.ListAsync(letta));
            var cursor = await Api.GetAsync(letta, "before=job-001");
            letta.Clear();
            var afterClear = await Api.ListAsync(letta);

            Assert.That(afterRemove, Is.EqualTo(new[] { "job-002", "job-000" }));
            Assert.That((int)cursor.Status, Is.EqualTo(400));
            Assert.That(afterClear, Is.Empty);
        }

        [Test]
        public void Update_cannot_change_the_id()
        {
            using var letta = Batches.StartWith(1);

            Assert.Throws<InvalidOperationException>(() => letta.UpdateBatch("job-000", b => b with { Id = "job-x" }));
        }
    }
}
