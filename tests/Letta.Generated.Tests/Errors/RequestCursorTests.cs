using System;
using System.Net.Http;
using NUnit.Framework;

namespace Letta.Generated.Tests.Errors
{
    /// <summary>The cursor an error message names: read back from the URL the failed request was sent to.</summary>
    public class RequestCursorTests
    {
        private static string? CursorOf(string url) => RequestCursor.Of(new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.RelativeOrAbsolute)));

        [Test]
        public void The_after_cursor_is_read_from_the_query()
        {
            Assert.That(CursorOf("http://letta.test/v1/messages/batches?limit=5&after=batch-1"), Is.EqualTo("batch-1"));
        }

        [Test]
        public void The_before_cursor_is_read_when_there_is_no_after()
        {
            Assert.That(CursorOf("http://letta.test/v1/messages/batches?before=batch-2&limit=5"), Is.EqualTo("batch-2"));
        }

        [Test]
        public void After_wins_over_before_wherever_each_stands()
        {
            Assert.That(CursorOf("http://letta.test/v1/messages/batches?before=batch-2&after=batch-1"), Is.EqualTo("batch-1"));
        }

        [Test]
        public void An_empty_after_falls_back_to_before()
        {
            Assert.That(CursorOf("http://letta.test/v1/messages/batches?after=&before=batch-2"), Is.EqualTo("batch-2"));
        }

        [Test]
        public void Empty_cursors_read_as_none()
        {
            Assert.That(CursorOf("http://letta.test/v1/messages/batches?after=&before="), Is.Null);
        }

        [Test]
        public void A_parameter_whose_name_only_starts_with_after_is_not_the_cursor()
        {
            Assert.That(CursorOf("http://letta.test/v1/messages/batches?after_id=x&afterwards=y&xafter=z&after=batch-1"), Is.EqualTo("batch-1"));
        }

        [Test]
        public void A_parameter_without_a_value_or_an_empty_name_is_not_the_cursor()
        {
            Assert.That(CursorOf("http://letta.test/v1/messages/batches?after&=batch-0&before=batch-2"), Is.EqualTo("batch-2"));
        }

        [Test]
        public void The_cursor_is_unescaped_as_a_query_value()
        {
            Assert.That(CursorOf("http://letta.test/v1/messages/batches?after=batch%2F1+a"), Is.EqualTo("batch/1 a"));
        }

        [Test]
        public void A_request_without_a_cursor_has_none()
        {
            Assert.That(CursorOf("http://letta.test/v1/messages/batches?limit=5"), Is.Null);
        }

        [Test]
        public void A_relative_or_missing_url_has_no_cursor()
        {
            Assert.That(CursorOf("v1/messages/batches?after=batch-1"), Is.Null);
            Assert.That(RequestCursor.Of(new HttpRequestMessage()), Is.Null);
            Assert.That(RequestCursor.Of(null), Is.Null);
        }
    }
}
