using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using NUnit.Framework;

namespace Letta.Generated.Tests.Http
{
    /// <summary>
    /// The retry rules: which failures without a response are worth another attempt (and which GET is resent at
    /// once), the wait before a retry at the edge of <see cref="LettaClientOptions.MaxRetryAfter"/>, and the server's
    /// retry hint at its edges (zero is a hint, one day is the most a hint can say, a date in the past means "now"),
    /// read from the headers an exception carries against a fixed clock.
    /// </summary>
    public class RetryRulesTests
    {
        private static readonly DateTimeOffset Now = new DateTimeOffset(2026, 11, 29, 7, 0, 0, TimeSpan.Zero);

        private static TimeSpan? Hint(string name, params string[] values) =>
            RetryRules.RetryAfter(new Dictionary<string, IEnumerable<string>> { [name] = values }, Now);

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


        private static bool Retried(Exception failure, bool callerCancelled = false) =>
            RetryRules.ShouldRetry(null, failure, new CancellationToken(callerCancelled));

        [Test]
        public void A_given_HttpClients_own_timeout_is_retried()
        {
            Assert.That(Retried(new LettaTimeoutException("t", TimeSpan.FromSeconds(1), null)), Is.True);
        }

        [Test]
        public void Another_LettaException_is_not_retried()
        {
            Assert.That(Retried(new LettaPaginationException("p", null)), Is.False);
        }

        [Test]
        public void Transport_failures_are_retried()
        {
            Assert.That(Retried(new HttpRequestException("refused")), Is.True);
            Assert.That(Retried(new IOException("reset")), Is.True);
        }

        [Test]
        public void A_cancellation_that_is_not_the_callers_is_retried()
        {
            Assert.That(Retried(new OperationCanceledException()), Is.True);
        }

        [Test]
        public void The_callers_cancellation_is_not_retried()
        {
            Assert.That(Retried(new OperationCanceledException(), callerCancelled: true), Is.False);
        }

        [Test]
        public void A_programming_error_is_not_retried()
        {
            Assert.That(Retried(new InvalidOperationException()), Is.False);
        }

        [Test]
        public void A_certificate_the_client_rejects_is_not_retried()
        {
            var failure = new HttpRequestException("The SSL connection could not be established, see inner exception.", new System.Security.Authentication.AuthenticationException("UntrustedRoot"));

            Assert.That(Retried(failure), Is.False);
        }

        private static HttpRequestException Reset() =>
            new HttpRequestException("An error occurred while sending the request.", new IOException("Unable to read data", new SocketException((int)SocketError.ConnectionReset)));

        private static bool ResentAtOnce(HttpMethod method, Exception failure) =>
            RetryRules.ImmediateResend(new HttpRequestMessage(method, "http://letta.test/v1/messages/batches"), failure);

        [Test]
        public void A_GET_whose_connection_was_reset_before_any_response_byte_is_resent_at_once()
        {
            Assert.That(ResentAtOnce(HttpMethod.Get, Reset()), Is.True);
        }

        [Test]
        public void A_GET_whose_response_ended_before_any_byte_is_resent_at_once()
        {
            Assert.That(ResentAtOnce(HttpMethod.Get, new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.")), Is.True);
        }

        [Test]
        public void Only_a_GET_is_resent_at_once_after_a_reset()
        {
            Assert.That(ResentAtOnce(HttpMethod.Post, Reset()), Is.False);
        }

        [Test]
        public void A_body_cut_off_after_the_headers_is_not_resent_at_once()
        {
            var cut = Reset();
            cut.Data[RetryRules.AfterResponseHeaders] = true;
            Assert.That(ResentAtOnce(HttpMethod.Get, cut), Is.False);
        }

        [Test]
        public void A_refused_connection_is_not_resent_at_once()
        {
            Assert.That(ResentAtOnce(HttpMethod.Get, new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused))), Is.False);
        }


        private static TimeSpan? Hint(string retryAfter, out string source)
        {
            using var response = new HttpResponseMessage((HttpStatusCode)429);
            response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
            var hint = RetryRules.Hint(response, TimeSpan.FromSeconds(60), DateTimeOffset.UnixEpoch, out var from);
            source = from.ToString();
            return hint;
        }

        [Test]
        public void A_server_hint_of_exactly_MaxRetryAfter_is_honoured()
        {
            Assert.That(Hint("60", out var source), Is.EqualTo(TimeSpan.FromSeconds(60)));
            Assert.That(source, Is.EqualTo("RetryAfter"));
        }

        [Test]
        public void A_server_hint_one_second_over_MaxRetryAfter_falls_back_to_the_backoff()
        {
            Assert.That(Hint("61", out var source), Is.Null, "no hint: Polly's backoff applies");
            Assert.That(source, Is.EqualTo("BackoffOverMaxRetryAfter"));
        }

        [Test]
        public void No_response_means_the_backoff()
        {
            Assert.That(RetryRules.Hint(null, TimeSpan.FromSeconds(60), DateTimeOffset.UnixEpoch, out var source), Is.Null);
            Assert.That(source, Is.EqualTo(RetryDelaySource.Backoff));
        }
    }
}
