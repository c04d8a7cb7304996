using System;
using System.Net.Http;
using System.Threading;
using NUnit.Framework;

namespace Letta.Generated.Tests.Http
{
    /// <summary>How a failed attempt is named in logs and as <c>error.type</c>, and the URL reported with it.</summary>
    public class AttemptOutcomeTests
    {
        [Test]
        public void A_cancellation_that_is_not_the_callers_is_a_timeout()
        {
            Assert.That(AttemptOutcome.Of(new OperationCanceledException(), CancellationToken.None), Is.EqualTo("timeout"));
        }

        [Test]
        public void The_callers_cancellation_is_named_by_its_type()
        {
            Assert.That(AttemptOutcome.Of(new OperationCanceledException(), new CancellationToken(true)), Is.EqualTo("System.OperationCanceledException"));
        }

        [Test]
        public void The_reported_url_keeps_scheme_host_port_and_path_only()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "http://user:pw@letta.test:8283/v1/messages/batches?limit=5#x");

            Assert.That(AttemptOutcome.Url(request), Is.EqualTo("http://letta.test:8283/v1/messages/batches"));
        }

        [Test]
        public void A_request_without_an_absolute_url_is_reported_as_having_none()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/messages/batches");

            Assert.That(AttemptOutcome.Url(request), Is.EqualTo("(no URL)"));
        }
    }
}
