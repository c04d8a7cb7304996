using NUnit.Framework;

namespace Letta.Generated.Tests.Paging
{
    /// <summary>A short page ends a listing only when the end is certain.</summary>
    public class PageEndTests
    {
        [Test]
        public void A_short_page_after_a_full_one_is_the_last()
        {
            var end = new PageEnd(requested: 100);

            Assert.That(end.IsLast(100), Is.False);
            Assert.That(end.IsLast(40), Is.True);
        }

        [Test]
        public void A_short_first_page_is_not_taken_as_the_last_the_server_may_cap_pages()
        {
            var end = new PageEnd(requested: 100);

            Assert.That(end.IsLast(50), Is.False);
        }

        [Test]
        public void A_cap_learned_from_a_short_page_followed_by_more_makes_pages_of_that_size_full()
        {
            var end = new PageEnd(requested: 100);

            Assert.That(end.IsLast(50), Is.False, "50 of 100: a cap or the end");
            Assert.That(end.IsLast(50), Is.False, "more came: the server sends at most 50");
            Assert.That(end.IsLast(50), Is.False);
            Assert.That(end.IsLast(20), Is.True, "fewer than the cap: the end");
        }

        [Test]
        public void A_page_larger_than_a_learned_cap_raises_the_cap()
        {
            var end = new PageEnd(requested: 100);

            end.IsLast(50);
            end.IsLast(80);

            Assert.That(end.IsLast(60), Is.True, "60 is short of the 80 the server has sent");
        }
    }
}
