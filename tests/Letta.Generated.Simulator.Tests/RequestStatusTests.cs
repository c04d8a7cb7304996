using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Simulator.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace Letta.Generated.Simulator.Tests
{
    /// <summary>Every recorded request carries the HTTP status the simulator answered it with.</summary>
    public class RequestStatusTests
    {
        [Test]
        [CancelAfter(10_000)]
        public async Task Recorded_requests_carry_the_status_answered_so_a_retried_429_shows(CancellationToken cancellationToken)
        {
            using var letta = InProcess.ServerWith(1);
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.RateLimited().WithRetryAfter(TimeSpan.FromSeconds(1)));

            using var limited = await http.GetAsync(InProcess.Path, cancellationToken);
            using var retried = await http.GetAsync(InProcess.Path, cancellationToken);

            Assert.That(letta.Requests.Select(r => r.StatusCode), Is.EqualTo(new int?[] { 429, 200 }));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Errors_the_server_itself_sends_are_recorded_with_their_status(CancellationToken cancellationToken)
        {
            using var letta = InProcess.ServerWith(1, new LettaSimulatorOptions { ApiKey = "sk-test" });
            using var keyed = letta.CreateHttpClient();
            using var anonymous = new HttpClient(letta.CreateHandler()) { BaseAddress = letta.BaseUrl };

            (await anonymous.GetAsync(InProcess.Path, cancellationToken)).Dispose();
            (await keyed.GetAsync(InProcess.Path + "?limit=", cancellationToken)).Dispose();
            (await keyed.GetAsync(InProcess.Path + "?before=job-unknown", cancellationToken)).Dispose();
            (await keyed.GetAsync("v1/agents", cancellationToken)).Dispose();

            Assert.That(letta.Requests.Select(r => r.StatusCode), Is.EqualTo(new int?[] { 401, 422, 400, 404 }));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task A_request_still_waiting_on_a_delay_has_no_status_yet(CancellationToken cancellationToken)
        {
            var time = new FakeTimeProvider();
            using var letta = InProcess.ServerWith(1, new LettaSimulatorOptions { TimeProvider = time });
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.Slow(TimeSpan.FromSeconds(30)));

            var pending = http.GetAsync(InProcess.Path, cancellationToken);
            var whileWaiting = letta.Requests.Single().StatusCode;
            time.Advance(TimeSpan.FromSeconds(30));
            using var response = await pending;

            Assert.That(whileWaiting, Is.Null);
            Assert.That(letta.Requests.Single().StatusCode, Is.EqualTo(200));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task A_request_cancelled_during_its_delay_is_recorded_without_a_status(CancellationToken cancellationToken)
        {
            var time = new FakeTimeProvider();
            using var letta = InProcess.ServerWith(1, new LettaSimulatorOptions { TimeProvider = time });
            using var http = letta.CreateHttpClient();
            using var caller = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            letta.Faults.Enqueue(SimulatedFault.Slow(TimeSpan.FromMinutes(10)));

            var pending = http.GetAsync(InProcess.Path, caller.Token);
            caller.Cancel();

            await Assert.ThrowsAsync<TaskCanceledException>(async () => await pending);
            Assert.That(letta.Requests.Single().StatusCode, Is.Null);
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task A_body_that_fails_after_the_headers_still_counts_as_answered_with_their_status(CancellationToken cancellationToken)
        {
            using var letta = InProcess.ServerWith(2);
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.ConnectionReset(afterBytes: 10));

            await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(InProcess.Path, cancellationToken));

            Assert.That(letta.Requests.Single().StatusCode, Is.EqualTo((int)HttpStatusCode.OK));
        }
    }
}
