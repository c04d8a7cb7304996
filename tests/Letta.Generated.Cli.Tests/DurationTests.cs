using System;
using Letta.Generated.Cli.Output;
using NUnit.Framework;

namespace Letta.Generated.Cli.Tests
{
    /// <summary>How the table and the CSV show a duration: short, readable, rounded down.</summary>
    public sealed class DurationTests
    {
        [TestCase(0L, "0ms")]
        [TestCase(850_000_000L, "850ms")]
        [TestCase(999_999_999L, "999ms")]
        [TestCase(1_000_000_000L, "1.0s")]
        [TestCase(12_349_000_000L, "12.3s")]
        [TestCase(59_990_000_000L, "59.9s")]
        [TestCase(60_000_000_000L, "1m 00s")]
        [TestCase(245_000_000_000L, "4m 05s")]
        [TestCase(3_599_000_000_000L, "59m 59s")]
        [TestCase(3_600_000_000_000L, "1h 00m")]
        [TestCase(7_380_000_000_000L, "2h 03m")]
        [TestCase(9_950_000_000L, "9.9s")]
        [TestCase(360_059_000_000_000L, "100h 00m")]
        [TestCase(-5_000_000_000L, "-5000ms")]
        public void A_duration_reads_as_milliseconds_seconds_minutes_or_hours(long nanoseconds, string shown)
        {
            Assert.That(BatchCells.Duration(TimeSpan.FromTicks(nanoseconds / 100)), Is.EqualTo(shown));
        }
    }
}
