using System.Threading.Tasks;
using Letta.Generated.Simulator;
using NUnit.Framework;

namespace Letta.Generated.Testing.Tests
{
    [CancelAfter(30_000)]
    public class PagingQuirkTests
    {
        [Test]
        public async Task Ignore_cursors_serves_the_first_page_whatever_the_cursor()
        {
            using var letta = Batches.StartWith(10, new LettaSimulatorOptions { PagingQuirk = PagingQuirk.IgnoreCursors });

            var first = Api.Ids(await Api.ListAsync(letta, "limit=3"));
            var second = Api.Ids(await Api.ListAsync(letta, "limit=3&before=" + first[^1]));
            var unknown = Api.Ids(await Api.ListAsync(letta, "limit=3&after=job-unknown"));

            Assert.That(first, Is.EqualTo(new[] { "job-009", "job-008", "job-007" }));
            Assert.That(second, Is.EqualTo(first));
            Assert.That(unknown, Is.EqualTo(first));
        }

        [Test]
        public async Task Repeat_each_page_once_serves_every_page_twice()
        {
            using var letta = Batches.StartWith(6, new LettaSimulatorOptions { PagingQuirk = PagingQuirk.RepeatEachPageOnce });

            var page1 = Api.Ids(await Api.ListAsync(letta, "limit=3"));
            var again = Api.Ids(await Api.ListAsync(letta, "limit=3&before=" + page1[^1]));
            var page2 = Api.Ids(await Api.ListAsync(letta, "limit=3&before=" + again[^1]));
            var again2 = Api.Ids(await Api.ListAsync(letta, "limit=3&before=" + page2[^1]));

            Assert.That(page1, Is.EqualTo(new[] { "job-005", "job-004", "job-003" }));
            Assert.That(again, Is.EqualTo(page1));
            Assert.That(page2, Is.EqualTo(new[] { "job-002", "job-001", "job-000" }));
            Assert.That(again2, Is.EqualTo(page2));
        }
    }
}
