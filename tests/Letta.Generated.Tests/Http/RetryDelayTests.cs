using System;
using System.Net;
using System.Net.Http;
using NUnit.Framework;

namespace Letta.Generated.Tests.Http
{
    /// <summary>The wait before a retry at the edge of <see cref="LettaClientOptions.MaxRetryAfter"/>.</summary>
    public class RetryDelayTests
    {
        private static TimeSpan Delay(string retryAfter, out string source)
        {
            using var response = new HttpResponseMessage((HttpStatusCode)429);
            response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
            var delay = RetryDelay.Next(0, response, TimeSpan.FromSeconds(60), DateTimeOffset.UnixEpoch, () => 0, out var from);
            source = from.ToString();
            return delay;
        }

        [Test]
        public void A_server_hint_of_exactly_MaxRetryAfter_is_honoured()
        {
            Assert.That(Delay("60", out var source), Is.EqualTo(TimeSpan.FromSeconds(60)));
            Assert.That(source, Is.EqualTo("RetryAfter"));
        }

        [Test]
        public void A_server_hint_one_second_over_MaxRetryAfter_falls_back_to_the_first_backoff()
        {
            Assert.That(Delay("61", out var source), Is.EqualTo(TimeSpan.FromSeconds(0.5)));
            Assert.That(source, Is.EqualTo("BackoffOverMaxRetryAfter"));
        }
    }
}
