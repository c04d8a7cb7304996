using System;
using System.Collections.Generic;
using NUnit.Framework;

namespace Letta.Generated.Tests.Http
{
    /// <summary>
    /// The server's retry hint at its edges: zero is a hint, one day is the most a hint can say, and a date in the
    /// past means "now". Read from the headers an exception carries, against a fixed clock.
    /// </summary>
    public class RetryAfterHeaderTests
    {
        private static readonly DateTimeOffset Now = new DateTimeOffset(2026, 11, 29, 7, 0, 0, TimeSpan.Zero);

        private static TimeSpan? Hint(string name, params string[] values) =>
            RetryAfterHeader.Parse(new Dictionary<string, IEnumerable<string>> { [name] = values }, Now);

        [TestCase("0", 0)]
        [TestCase("1500", 1500)]
        [TestCase("86400000", 86_400_000)]
        public void Retry_after_ms_from_zero_to_one_day_is_the_hint(string value, double expectedMs)
        {
            Assert.That(Hint("retry-after-ms", value), Is.EqualTo(TimeSpan.FromMilliseconds(expectedMs)));
        }

        [TestCase("86400001")]
        [TestCase("-1")]
        public void Retry_after_ms_beyond_one_day_or_negative_is_no_hint(string value)
        {
            Assert.That(Hint("retry-after-ms", value), Is.Null);
        }

        [TestCase("0", 0)]
        [TestCase("86400", 86_400)]
        public void Retry_after_seconds_from_zero_to_one_day_is_the_hint(string value, int expectedSeconds)
        {
            Assert.That(Hint("Retry-After", value), Is.EqualTo(TimeSpan.FromSeconds(expectedSeconds)));
        }

        [Test]
        public void Retry_after_seconds_beyond_one_day_is_no_hint()
        {
            Assert.That(Hint("Retry-After", "86401"), Is.Null);
        }

        [TestCase("Sun, 29 Nov 2026 07:00:00 GMT", 0)]
        [TestCase("Sun, 29 Nov 2026 06:59:50 GMT", 0)]
        [TestCase("Sun, 29 Nov 2026 07:00:30 GMT", 30)]
        [TestCase("Mon, 30 Nov 2026 07:00:00 GMT", 86_400)]
        public void An_http_date_is_the_time_until_then_and_a_past_date_is_now(string date, int expectedSeconds)
        {
            Assert.That(Hint("Retry-After", date), Is.EqualTo(TimeSpan.FromSeconds(expectedSeconds)));
        }

        [Test]
        public void An_http_date_more_than_a_day_ahead_is_no_hint()
        {
            Assert.That(Hint("Retry-After", "Tue, 01 Dec 2026 07:00:00 GMT"), Is.Null);
        }

        [Test]
        public void A_hint_header_sent_without_a_value_is_no_hint()
        {
            Assert.That(Hint("retry-after-ms"), Is.Null);
        }
    }
}
