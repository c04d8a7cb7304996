using System;
using System.Linq;
using System.Threading.Tasks;
using Letta.Generated.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Tests.Models
{
    /// <summary>Timestamps parse exactly, and offset-less ones are UTC whatever the machine's time zone.</summary>
    [NonParallelizable]
    [CancelAfter(30_000)]
    public class TimestampReadingTests
    {
        [TestCase("2025-01-02T03:04:05.123456Z", 2025, 1, 2, 3, 4, 5, 1234560, 0)]
        [TestCase("2025-01-02T03:04:05Z", 2025, 1, 2, 3, 4, 5, 0, 0)]
        [TestCase("2025-01-02T03:04:05.120000", 2025, 1, 2, 3, 4, 5, 1200000, 0)]
        [TestCase("2025-01-02T03:04:05", 2025, 1, 2, 3, 4, 5, 0, 0)]
        [TestCase("2025-01-02T03:04:05.5+05:30", 2025, 1, 2, 3, 4, 5, 5000000, 330)]
        public async Task Parses_timestamps_exactly_while_the_process_time_zone_is_not_UTC(
            string text, int year, int month, int day, int hour, int minute, int second, int fractionTicks, int offsetMinutes)
        {
            using var zone = new NonUtcTimeZone("America/New_York");
            Assert.That(TimeZoneInfo.Local.GetUtcOffset(new DateTime(2025, 1, 2)), Is.Not.EqualTo(TimeSpan.Zero), "the test must run outside UTC");
            using var server = new LoopbackServer();
            server.RespondJson("[{\"id\":\"job-00000001\",\"created_at\":\"" + text + "\",\"completed_at\":\"" + text + "\"}]");
            using var client = server.CreateClient();

            var batch = (await client.ListBatchesAsync().WithinTest()).Result.Single();

            var expected = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.FromMinutes(offsetMinutes)).AddTicks(fractionTicks);
            Assert.That(batch.CreatedAt!.Value.Offset, Is.EqualTo(expected.Offset));
            Assert.That(batch.CreatedAt.Value.UtcTicks, Is.EqualTo(expected.UtcTicks));
            Assert.That(batch.CompletedAt!.Value.UtcTicks, Is.EqualTo(expected.UtcTicks));
        }
    }
}
