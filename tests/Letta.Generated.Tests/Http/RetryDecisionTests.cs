using System;
using System.IO;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using NUnit.Framework;

namespace Letta.Generated.Tests.Http
{
    /// <summary>Which failures without a response are worth another attempt.</summary>
    public class RetryDecisionTests
    {
        private static bool Retried(Exception failure, bool callerCancelled = false) =>
            RetryDecision.ShouldRetry(null, failure, new CancellationToken(callerCancelled));

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
            RetryDecision.ImmediateResend(new HttpRequestMessage(method, "http://letta.test/v1/messages/batches"), failure);

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
            cut.Data[RetryDecision.AfterResponseHeaders] = true;
            Assert.That(ResentAtOnce(HttpMethod.Get, cut), Is.False);
        }

        [Test]
        public void A_refused_connection_is_not_resent_at_once()
        {
            Assert.That(ResentAtOnce(HttpMethod.Get, new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused))), Is.False);
        }
    }
}
