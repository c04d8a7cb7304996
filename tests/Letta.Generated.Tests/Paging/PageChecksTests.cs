using System;
using NUnit.Framework;

namespace Letta.Generated.Tests.Paging
{
    /// <summary>The checks every page passes before it is yielded, with the exact messages users see when one fails.</summary>
    public class PageChecksTests
    {
        private static readonly DateTimeOffset Epoch = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

        private static PageCursor At(string id, int? second) => new PageCursor(id, second is { } s ? Epoch.AddSeconds(s) : null);

        [Test]
        public void A_batch_listed_twice_in_a_row_on_the_first_page_is_named()
        {
            var error = Assert.Throws<LettaPaginationException>(() => PageChecks.CheckOrder(new[] { At("job-a", 1), At("job-a", 1) }, SortOrder.Asc, null));

            Assert.That(error!.Message, Is.EqualTo("The page (first page) lists batch 'job-a' twice."));
            Assert.That(error.Cursor, Is.Null);
        }

        [Test]
        public void A_batch_listed_twice_in_a_row_after_a_cursor_names_the_cursor()
        {
            var error = Assert.Throws<LettaPaginationException>(() => PageChecks.CheckOrder(new[] { At("job-a", 1), At("job-a", 1) }, SortOrder.Asc, "job-z"));

            Assert.That(error!.Message, Is.EqualTo("The page after cursor 'job-z' lists batch 'job-a' twice."));
            Assert.That(error.Cursor, Is.EqualTo("job-z"));
        }

        [Test]
        public void A_page_out_of_desc_order_names_both_batches_and_the_cursor()
        {
            var error = Assert.Throws<LettaPaginationException>(() => PageChecks.CheckOrder(new[] { At("job-a", 1), At("job-b", 2) }, SortOrder.Desc, "job-z"));

            Assert.That(error!.Message, Is.EqualTo("The page after cursor 'job-z' is not in desc order: batch 'job-b' follows 'job-a'."));
        }

        [Test]
        public void A_first_page_out_of_asc_order_says_it_is_the_first_page()
        {
            var error = Assert.Throws<LettaPaginationException>(() => PageChecks.CheckOrder(new[] { At("job-b", 2), At("job-a", 1) }, SortOrder.Asc, null));

            Assert.That(error!.Message, Is.EqualTo("The page (first page) is not in asc order: batch 'job-a' follows 'job-b'."));
        }

        [TestCase("asc", "job-a", "job-b")]
        [TestCase("desc", "job-b", "job-a")]
        public void Batches_created_in_the_same_instant_are_in_order_by_id(string order, string first, string second)
        {
            Assert.DoesNotThrow(() => PageChecks.CheckOrder(new[] { At(first, 1), At(second, 1) }, new SortOrder(order), null));
        }

        [Test]
        public void A_page_without_creation_times_is_never_out_of_order()
        {
            Assert.DoesNotThrow(() => PageChecks.CheckOrder(new[] { At("job-b", null), At("job-a", null), At("job-c", 1) }, SortOrder.Asc, null));
        }

        [TestCase("asc", 5, "Beyond")]
        [TestCase("asc", 1, "Behind")]
        [TestCase("desc", 1, "Beyond")]
        [TestCase("desc", 5, "Behind")]
        public void A_page_lies_beyond_its_cursor_when_it_comes_after_it_in_the_listings_order(string order, int second, string expected)
        {
            var side = PageChecks.SideOfCursor(new[] { At("job-x", second) }, At("job-c", 3), new SortOrder(order), new ListingGuard(new SortOrder(order)));

            Assert.That(side.ToString(), Is.EqualTo(expected));
        }

        [Test]
        public void Without_creation_times_batches_not_yet_listed_lie_beyond_the_cursor()
        {
            var side = PageChecks.SideOfCursor(new[] { At("job-x", null) }, At("job-c", null), SortOrder.Asc, new ListingGuard(SortOrder.Asc));

            Assert.That(side, Is.EqualTo(CursorSide.Beyond));
        }

        [Test]
        public void Without_creation_times_batches_already_listed_lie_behind_the_cursor()
        {
            var guard = new ListingGuard(SortOrder.Asc);
            guard.Accept(new[] { At("job-x", null) }, null);

            var side = PageChecks.SideOfCursor(new[] { At("job-x", null) }, At("job-c", null), SortOrder.Asc, guard);

            Assert.That(side, Is.EqualTo(CursorSide.Behind));
        }

        [Test]
        public void An_empty_page_lies_on_neither_side()
        {
            var side = PageChecks.SideOfCursor(Array.Empty<PageCursor>(), At("job-c", 3), SortOrder.Asc, new ListingGuard(SortOrder.Asc));

            Assert.That(side, Is.EqualTo(CursorSide.None));
        }

        [Test]
        public void A_page_holding_the_cursors_own_batch_says_the_server_ignored_the_cursor()
        {
            var error = Assert.Throws<LettaPaginationException>(() =>
                PageChecks.SideOfCursor(new[] { At("job-c", 3) }, At("job-c", 3), SortOrder.Asc, new ListingGuard(SortOrder.Asc)));

            Assert.That(error!.Message, Is.EqualTo(
                "The page after batch 'job-c' lists that batch again: the server ignored the cursor or repeated a page. Stopped so no batch is listed twice."));
            Assert.That(error.Cursor, Is.EqualTo("job-c"));
        }

        [Test]
        public void A_page_on_both_sides_of_its_cursor_says_the_pages_are_inconsistent()
        {
            var error = Assert.Throws<LettaPaginationException>(() =>
                PageChecks.SideOfCursor(new[] { At("job-a", 1), At("job-e", 5) }, At("job-c", 3), SortOrder.Asc, new ListingGuard(SortOrder.Asc)));

            Assert.That(error!.Message, Is.EqualTo("The page after batch 'job-c' holds batches on both sides of it in asc order: the server's pages are inconsistent."));
        }

        // 05:00+02:00 is 03:00Z: an hour before 04:00Z, though its local time reads an hour after.
        private static readonly PageCursor ThreeUtcAtPlusTwo = new PageCursor("job-b", new DateTimeOffset(2025, 1, 2, 5, 0, 0, TimeSpan.FromHours(2)));
        private static readonly PageCursor FourUtc = new PageCursor("job-a", new DateTimeOffset(2025, 1, 2, 4, 0, 0, TimeSpan.Zero));

        [Test]
        public void A_page_in_asc_order_by_instant_is_in_order_whatever_its_offsets()
        {
            Assert.DoesNotThrow(() => PageChecks.CheckOrder(new[] { ThreeUtcAtPlusTwo, FourUtc }, SortOrder.Asc, null));
        }

        [Test]
        public void A_page_in_desc_order_by_instant_is_in_order_whatever_its_offsets()
        {
            Assert.DoesNotThrow(() => PageChecks.CheckOrder(new[] { FourUtc, ThreeUtcAtPlusTwo }, SortOrder.Desc, null));
        }

        [Test]
        public void A_page_out_of_order_by_instant_is_caught_though_its_local_times_look_in_order()
        {
            var error = Assert.Throws<LettaPaginationException>(() => PageChecks.CheckOrder(new[] { FourUtc, ThreeUtcAtPlusTwo }, SortOrder.Asc, null));

            Assert.That(error!.Message, Is.EqualTo("The page (first page) is not in asc order: batch 'job-b' follows 'job-a'."));
        }

        [TestCase("asc", "Behind")]
        [TestCase("desc", "Beyond")]
        public void A_batch_at_another_offset_lies_on_the_side_of_the_cursor_its_instant_puts_it(string order, string expected)
        {
            var side = PageChecks.SideOfCursor(new[] { ThreeUtcAtPlusTwo }, FourUtc, new SortOrder(order), new ListingGuard(new SortOrder(order)));

            Assert.That(side.ToString(), Is.EqualTo(expected));
        }
    }
}
