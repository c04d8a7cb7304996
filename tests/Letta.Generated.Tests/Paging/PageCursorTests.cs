using System;
using NUnit.Framework;

namespace Letta.Generated.Tests.Paging
{
    /// <summary>The server's order, <c>(created_at, id)</c>, compares instants: an explicit offset is kept, never read as local time.</summary>
    public class PageCursorTests
    {
        [Test]
        public void An_earlier_instant_whose_local_time_reads_later_comes_first()
        {
            var threeUtc = new PageCursor("job-b", new DateTimeOffset(2025, 1, 2, 5, 0, 0, TimeSpan.FromHours(2)));
            var fourUtc = new PageCursor("job-a", new DateTimeOffset(2025, 1, 2, 4, 0, 0, TimeSpan.Zero));

            Assert.That(threeUtc.CompareChronologically(fourUtc), Is.Negative);
            Assert.That(fourUtc.CompareChronologically(threeUtc), Is.Positive);
        }

        [Test]
        public void The_same_instant_at_two_offsets_is_ordered_by_id()
        {
            var atPlusTwo = new PageCursor("job-a", new DateTimeOffset(2025, 1, 2, 5, 0, 0, TimeSpan.FromHours(2)));
            var atUtc = new PageCursor("job-b", new DateTimeOffset(2025, 1, 2, 3, 0, 0, TimeSpan.Zero));

            Assert.That(atPlusTwo.CompareChronologically(atUtc), Is.Negative);
            Assert.That(atUtc.CompareChronologically(atPlusTwo), Is.Positive);
        }
    }
}
