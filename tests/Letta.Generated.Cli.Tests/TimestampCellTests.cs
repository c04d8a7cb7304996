using System;
using Letta.Generated.Cli.Output;
using NUnit.Framework;

namespace Letta.Generated.Cli.Tests
{
    /// <summary>How the table (to the second) and the CSV (to the microsecond) show a timestamp: always in UTC.</summary>
    public sealed class TimestampCellTests
    {
        [TestCase("2025-01-02T03:04:05.1234567+00:00", "2025-01-02T03:04:05Z", "2025-01-02T03:04:05.123456Z")]
        [TestCase("2025-12-31T23:59:59.9999999+00:00", "2025-12-31T23:59:59Z", "2025-12-31T23:59:59.999999Z")]
        [TestCase("2025-03-01T01:30:00.000001+02:00", "2025-02-28T23:30:00Z", "2025-02-28T23:30:00.000001Z")]
        [TestCase("2024-02-29T19:00:00-05:00", "2024-03-01T00:00:00Z", "2024-03-01T00:00:00.000000Z")]
        [TestCase("0987-06-05T04:03:02.0100000+00:00", "0987-06-05T04:03:02Z", "0987-06-05T04:03:02.010000Z")]
        public void A_timestamp_reads_in_UTC_to_the_second_in_the_table_and_to_the_microsecond_in_the_csv(string value, string table, string csv)
        {
            var timestamp = DateTimeOffset.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

            Assert.That(BatchCells.Seconds(timestamp), Is.EqualTo(table));
            Assert.That(BatchCells.Microseconds(timestamp), Is.EqualTo(csv));
        }
    }
}
