using System;
using NUnit.Framework;

namespace Letta.Generated.Tests.Paging
{
    /// <summary>The guard that remembers every id a listing yielded, and the message when a page repeats one.</summary>
    public class ListingGuardTests
    {
        private static readonly DateTimeOffset Epoch = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

        private static PageCursor At(string id, int? second) => new PageCursor(id, second is { } s ? Epoch.AddSeconds(s) : null);

        [Test]
        public void A_first_page_that_repeats_an_id_further_down_is_refused_as_the_first_page()
        {
            var guard = new ListingGuard(SortOrder.Asc);

            var error = Assert.Throws<LettaPaginationException>(() => guard.Accept(new[] { At("job-a", null), At("job-b", null), At("job-a", null) }, null));

            Assert.That(error!.Message, Is.EqualTo(
                "The page (first page) lists batch 'job-a' again, which this listing already yielded: the server's pages overlap. Stopped so no batch is listed twice."));
            Assert.That(error.Cursor, Is.Null);
        }

        [Test]
        public void A_later_page_that_repeats_an_earlier_id_is_refused_naming_its_cursor()
        {
            var guard = new ListingGuard(SortOrder.Asc);
            guard.Accept(new[] { At("job-a", 1), At("job-b", 2) }, null);

            var error = Assert.Throws<LettaPaginationException>(() => guard.Accept(new[] { At("job-c", 3), At("job-a", 4) }, "job-b"));

            Assert.That(error!.Message, Is.EqualTo(
                "The page after cursor 'job-b' lists batch 'job-a' again, which this listing already yielded: the server's pages overlap. Stopped so no batch is listed twice."));
            Assert.That(error.Cursor, Is.EqualTo("job-b"));
        }

        [Test]
        public void The_guard_counts_and_knows_exactly_the_ids_it_accepted()
        {
            var guard = new ListingGuard(SortOrder.Asc);
            guard.Accept(new[] { At("job-a", 1), At("job-b", 2) }, null);

            Assert.That(guard.Count, Is.EqualTo(2));
            Assert.That(guard.HasSeen("job-a"), Is.True);
            Assert.That(guard.HasSeen("job-b"), Is.True);
            Assert.That(guard.HasSeen("job-c"), Is.False);
        }
    }
}
