using System;
using System.Text;
using NUnit.Framework;

namespace Letta.Generated.Tests.Paging
{
    /// <summary>
    /// The continuation token: everything a listing needs to resume (order, cursor reading, the cursor's id and
    /// creation time) survives the round trip, and anything this library did not produce is an argument error.
    /// </summary>
    public class ContinuationTokenTests
    {
        private static readonly DateTimeOffset CreatedAt = new DateTimeOffset(2025, 1, 2, 3, 4, 5, 678, TimeSpan.Zero);

        /// <summary>A token with this JSON inside, encoded as the library encodes tokens (unpadded base64url).</summary>
        private static string Craft(string json) =>
            Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        [TestCase("desc", CursorReading.Auto)]
        [TestCase("desc", CursorReading.Chronological)]
        [TestCase("desc", CursorReading.SortOrderRelative)]
        [TestCase("asc", CursorReading.Chronological)]
        public void A_token_keeps_the_order_the_cursor_reading_and_the_cursor(string order, CursorReading reading)
        {
            var token = new ContinuationToken(new SortOrder(order), reading, new PageCursor("job-7", CreatedAt)).Encode();

            var decoded = ContinuationToken.Decode(token, "token");

            Assert.That(decoded.Order.Value, Is.EqualTo(order));
            Assert.That(decoded.Reading, Is.EqualTo(reading));
            Assert.That(decoded.Cursor.Id, Is.EqualTo("job-7"));
            Assert.That(decoded.Cursor.CreatedAt, Is.EqualTo(CreatedAt));
        }

        [Test]
        public void A_token_for_a_batch_without_a_creation_time_resumes_without_one()
        {
            var token = new ContinuationToken(SortOrder.Desc, CursorReading.Auto, new PageCursor("job-7", null)).Encode();

            Assert.That(ContinuationToken.Decode(token, "token").Cursor.CreatedAt, Is.Null);
        }

        [Test]
        public void A_token_without_a_reading_resumes_with_the_reading_unknown()
        {
            var decoded = ContinuationToken.Decode(Craft("{\"v\":1,\"o\":\"desc\",\"id\":\"job-7\"}"), "token");

            Assert.That(decoded.Reading, Is.EqualTo(CursorReading.Auto));
        }

        private static readonly object[] NotOurs =
        {
            new object?[] { "not-a-token", null },
            new object?[] { "{\"v\":2,\"o\":\"desc\",\"r\":0,\"id\":\"job-7\"}", "unknown version" },
            new object?[] { "{\"o\":\"desc\",\"r\":0,\"id\":\"job-7\"}", "unknown version" },
            new object?[] { "{\"v\":1,\"r\":0,\"id\":\"job-7\"}", "no order" },
            new object?[] { "{\"v\":1,\"o\":\"sideways\",\"r\":0,\"id\":\"job-7\"}", "bad fields" },
            new object?[] { "{\"v\":1,\"o\":\"desc\",\"r\":9,\"id\":\"job-7\"}", "bad fields" },
            new object?[] { "{\"v\":1,\"o\":\"desc\",\"r\":0,\"id\":\"\"}", "bad fields" },
            new object?[] { "{\"v\":1,\"o\":\"desc\",\"r\":0}", "bad fields" },
            new object?[] { "{\"v\":1,\"o\":\"desc\",\"r\":0,\"id\":\"job-7\",\"t\":\"soon\"}", null },
            new object?[] { "[1,2]", null },
        };

        [TestCaseSource(nameof(NotOurs))]
        public void A_token_this_library_did_not_produce_is_an_argument_error_naming_the_parameter(string content, string? cause)
        {
            var token = content == "not-a-token" ? content : Craft(content);

            var error = Assert.Throws<ArgumentException>(() => ContinuationToken.Decode(token, "continuationToken"));

            Assert.That(error!.ParamName, Is.EqualTo("continuationToken"));
            Assert.That(error.Message, Does.StartWith("The continuation token is not one this library produced (take it from LettaPage.ContinuationToken)."));
            if (cause is not null) Assert.That(error.InnerException!.Message, Is.EqualTo(cause), "the inner exception says what was wrong");
        }

        [Test]
        public void A_token_for_a_batch_created_at_a_non_UTC_offset_resumes_at_the_same_instant()
        {
            var createdAt = new DateTimeOffset(2025, 1, 2, 5, 0, 0, TimeSpan.FromHours(2));
            var token = new ContinuationToken(SortOrder.Desc, CursorReading.Chronological, new PageCursor("job-7", createdAt)).Encode();

            var resumed = ContinuationToken.Decode(token, "token").Cursor.CreatedAt!.Value;

            Assert.That(resumed.UtcDateTime, Is.EqualTo(new DateTime(2025, 1, 2, 3, 0, 0, DateTimeKind.Utc)));
            Assert.That(resumed.Offset, Is.EqualTo(TimeSpan.Zero));
        }
    }
}
