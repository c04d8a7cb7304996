using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Simulator;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Letta.Generated.Testing.Tests
{
    [CancelAfter(30_000)]
    public class FaultTests
    {
        [Test]
        public async Task Fault_queue_serves_503_with_retry_after_then_recovers()
        {
            using var letta = Batches.StartWith(2);
            letta.Faults.Enqueue(SimulatedFault.ServiceUnavailable().WithRetryAfter(TimeSpan.FromSeconds(1)));

            var first = await Api.GetAsync(letta);
            var second = await Api.GetAsync(letta);

            Assert.That(first.Status, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(first.Header("Retry-After"), Is.EqualTo("1"));
            Assert.That(second.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(((JArray)second.Json).Count, Is.EqualTo(2));
            Assert.That(letta.Faults.Count, Is.Zero);
        }

        [Test]
        public async Task Faults_are_served_in_order_one_per_request()
        {
            using var letta = Batches.StartWith(1);
            letta.Faults.Enqueue(SimulatedFault.RateLimited(), SimulatedFault.DatabaseLocked())
                .EnqueueRepeated(SimulatedFault.DatabaseError(), 2);

            var statuses = new[]
            {
                (await Api.GetAsync(letta)).Status, (await Api.GetAsync(letta)).Status,
                (await Api.GetAsync(letta)).Status, (await Api.GetAsync(letta)).Status, (await Api.GetAsync(letta)).Status,
            };

            Assert.That(statuses.Select(s => (int)s), Is.EqualTo(new[] { 429, 409, 500, 500, 200 }));
        }

        [Test]
        public async Task Database_lock_fault_carries_retry_after_one()
        {
            using var letta = Batches.StartWith(1);
            letta.Faults.Enqueue(SimulatedFault.DatabaseLocked());

            var reply = await Api.GetAsync(letta);

            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(reply.Header("Retry-After"), Is.EqualTo("1"));
        }

        [Test]
        public async Task Html_502_fault_has_an_html_body()
        {
            using var letta = Batches.StartWith(1);
            letta.Faults.Enqueue(SimulatedFault.HtmlError());

            var reply = await Api.GetAsync(letta);

            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.BadGateway));
            Assert.That(reply.MediaType, Is.EqualTo("text/html"));
            Assert.That(reply.Body, Does.Contain("<h1>502 Bad Gateway</h1>"));
        }

        [Test]
        public async Task Retry_headers_can_be_an_http_date_milliseconds_and_should_retry()
        {
            using var letta = Batches.StartWith(1);
            var when = new DateTimeOffset(2030, 6, 1, 12, 0, 0, TimeSpan.Zero);
            letta.Faults.Enqueue(SimulatedFault.Status(429)
                .WithRetryAfter(when)
                .WithRetryAfterMilliseconds(250)
                .WithShouldRetry(false));

            var reply = await Api.GetAsync(letta);

            Assert.That(reply.Header("Retry-After"), Is.EqualTo("Sat, 01 Jun 2030 12:00:00 GMT"));
            Assert.That(reply.Header("retry-after-ms"), Is.EqualTo("250"));
            Assert.That(reply.Header("x-should-retry"), Is.EqualTo("false"));
            Assert.That(reply.Body, Is.Empty);
        }

        [Test]
        public async Task Malformed_json_fault_cannot_be_parsed()
        {
            using var letta = Batches.StartWith(1);
            letta.Faults.Enqueue(SimulatedFault.MalformedJson());

            var reply = await Api.GetAsync(letta);

            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(reply.Body, Is.EqualTo("[{\"id\":"));
            Assert.Throws<JsonReaderException>(() => Api.Parse(reply.Body));
        }

        [Test]
        public async Task Truncated_page_fault_cuts_the_real_page_in_the_middle()
        {
            using var letta = Batches.StartWith(4);
            var full = (await Api.GetAsync(letta)).Body;
            letta.Faults.Enqueue(SimulatedFault.TruncatedPage());

            var reply = await Api.GetAsync(letta);

            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(full, Does.StartWith(reply.Body));
            Assert.That(reply.Body.Length, Is.EqualTo(full.Length / 2));
            Assert.Throws<JsonReaderException>(() => Api.Parse(reply.Body));
        }

        [Test]
        public async Task Null_body_and_object_body_faults_are_valid_json_of_the_wrong_shape()
        {
            using var letta = Batches.StartWith(2);
            letta.Faults.Enqueue(SimulatedFault.NullBody(), SimulatedFault.ObjectInsteadOfArray());

            var nullReply = await Api.GetAsync(letta);
            var objectReply = await Api.GetAsync(letta);

            Assert.That(nullReply.Body, Is.EqualTo("null"));
            Assert.That(objectReply.Json.Type, Is.EqualTo(JTokenType.Object));
            Assert.That(((JArray)objectReply.Json["data"]!).Count, Is.EqualTo(2));
        }

        [Test]
        public async Task Slow_fault_holds_the_response_until_the_client_gives_up_then_the_next_request_is_fast()
        {
            // The simulator's delay runs on a fake clock that never moves: only the client giving up ends the wait.
            using var letta = Batches.StartWith(1, new LettaSimulatorOptions { TimeProvider = new FakeTimeProvider() });
            letta.Faults.Enqueue(SimulatedFault.Slow(TimeSpan.FromSeconds(30)));
            using var giveUp = CancellationTokenSource.CreateLinkedTokenSource(TestContext.CurrentContext.CancellationToken);
            letta.OnRequest(_ => giveUp.Cancel());
            using var client = letta.CreateHttpClient();

            await Assert.CatchAsync<OperationCanceledException>(() => client.GetAsync(Api.Path, giveUp.Token));
            letta.OnRequest(null);
            var next = await Api.GetAsync(letta, client: client);

            Assert.That(next.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(letta.RequestCount, Is.EqualTo(2));
        }

        [Test]
        public async Task Faults_apply_before_authentication_like_a_gateway()
        {
            using var letta = Batches.StartWith(1, new LettaSimulatorOptions { ApiKey = "sk-test" });
            letta.Faults.Enqueue(SimulatedFault.HtmlError(503));
            using var anonymous = new HttpClient { BaseAddress = letta.BaseUrl };

            var reply = await Api.GetAsync(letta, client: anonymous);

            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        }

        [Test]
        public async Task Cleared_fault_queue_serves_normally()
        {
            using var letta = Batches.StartWith(1);
            letta.Faults.Enqueue(SimulatedFault.UnknownError());
            letta.Faults.Clear();

            var reply = await Api.GetAsync(letta);

            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.OK));
        }
    }
}
