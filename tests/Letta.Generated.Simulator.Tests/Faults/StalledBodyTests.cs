using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Simulator.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace Letta.Generated.Simulator.Tests.Faults
{
    /// <summary>A stalled body: the headers arrive, the body never completes until something cancels it.</summary>
    public class StalledBodyTests
    {
        [Test]
        [CancelAfter(10_000)]
        public async Task Headers_arrive_then_the_body_never_completes_until_the_read_is_cancelled(CancellationToken cancellationToken)
        {
            var time = new FakeTimeProvider();
            using var letta = InProcess.ServerWith(2, new LettaSimulatorOptions { TimeProvider = time });
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.StalledBody());

            using var response = await InProcess.HeadersAsync(http, string.Empty, cancellationToken);
            using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var reader = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var read = body.ReadAsync(new byte[64], reader.Token).AsTask();
            time.Advance(TimeSpan.FromDays(1));
            var completedAfterADay = read.IsCompleted;
            reader.Cancel();

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
            Assert.That(response.Headers.TransferEncodingChunked, Is.True, "a streamed body has no length up front");
            Assert.That(completedAfterADay, Is.False);
            await Assert.CatchAsync<OperationCanceledException>(async () => await read);
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task The_bytes_before_the_stall_arrive_then_the_body_stops(CancellationToken cancellationToken)
        {
            using var letta = InProcess.ServerWith(2);
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.StalledBody(afterBytes: 5));

            using var response = await InProcess.HeadersAsync(http, string.Empty, cancellationToken);
            using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            var buffer = new byte[64];
            var first = await body.ReadAsync(buffer, cancellationToken);
            using var reader = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var second = body.ReadAsync(buffer, reader.Token).AsTask();
            var secondCompleted = second.IsCompleted;
            reader.Cancel();

            Assert.That(Encoding.UTF8.GetString(buffer, 0, first), Is.EqualTo("[{\"cr"));
            Assert.That(secondCompleted, Is.False);
            await Assert.CatchAsync<OperationCanceledException>(async () => await second);
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task A_buffering_client_gets_a_cancellation_when_its_token_fires(CancellationToken cancellationToken)
        {
            using var letta = InProcess.ServerWith(2);
            using var http = letta.CreateHttpClient();
            using var caller = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            letta.Faults.Enqueue(SimulatedFault.StalledBody());

            var pending = http.GetAsync(InProcess.Path, caller.Token);
            var completedBeforeCancel = pending.IsCompleted;
            caller.Cancel();

            Assert.That(completedBeforeCancel, Is.False, "the default completion option waits for the whole body");
            await Assert.ThrowsAsync<TaskCanceledException>(async () => await pending);
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Disposing_the_response_releases_a_stalled_read(CancellationToken cancellationToken)
        {
            using var letta = InProcess.ServerWith(2);
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.StalledBody());

            var response = await InProcess.HeadersAsync(http, string.Empty, cancellationToken);
            var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            var read = body.ReadAsync(new byte[64], cancellationToken).AsTask();
            response.Dispose();

            await Assert.ThrowsAsync<ObjectDisposedException>(async () => await read.WaitAsync(cancellationToken));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Disposing_the_server_ends_a_stalled_body_like_a_dropped_connection(CancellationToken cancellationToken)
        {
            var letta = InProcess.ServerWith(2);
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.StalledBody());

            using var response = await InProcess.HeadersAsync(http, string.Empty, cancellationToken);
            using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            var read = body.ReadAsync(new byte[64], cancellationToken).AsTask();
            letta.Dispose();

            await Assert.ThrowsAsync<IOException>(async () => await read.WaitAsync(cancellationToken));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Error_answers_can_stall_too(CancellationToken cancellationToken)
        {
            using var letta = InProcess.ServerWith(1, new LettaSimulatorOptions { ApiKey = "sk-test" });
            using var anonymous = new HttpClient(letta.CreateHandler()) { BaseAddress = letta.BaseUrl };
            letta.Faults.Enqueue(SimulatedFault.StalledBody());

            using var response = await InProcess.HeadersAsync(anonymous, string.Empty, cancellationToken);
            using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var reader = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var read = body.ReadAsync(new byte[64], reader.Token).AsTask();
            var completed = read.IsCompleted;
            reader.Cancel();

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(completed, Is.False);
            await Assert.CatchAsync<OperationCanceledException>(async () => await read);
        }
    }
}
