using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Simulator;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Letta.Generated.Testing.Tests
{
    /// <summary>
    /// The faults for reliability tests, served over real loopback HTTP by WireMock: the same core as in-process,
    /// with bodies streamed through WireMock's streaming path, so they misbehave on the wire.
    /// </summary>
    public class LoopbackFaultTests
    {
        [Test]
        [CancelAfter(20_000)]
        public async Task Stalled_body_over_loopback_sends_the_headers_then_stalls_until_the_client_cancels(CancellationToken cancellationToken)
        {
            using var letta = Batches.StartWith(2);
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.StalledBody(afterBytes: 5));

            using var response = await http.GetAsync(Api.Path, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            var first = await ReadExactlyAsync(body, 5, cancellationToken);
            using var reader = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var next = body.ReadAsync(new byte[64], reader.Token).AsTask();
            var nextCompleted = next.IsCompleted;
            reader.Cancel();

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(first, Is.EqualTo("[{\"cr"));
            Assert.That(nextCompleted, Is.False);
            await Assert.CatchAsync<OperationCanceledException>(async () => await next);
        }

        [Test]
        [CancelAfter(20_000)]
        public async Task Dripping_body_over_loopback_follows_the_fake_clock_of_the_options(CancellationToken cancellationToken)
        {
            var time = new FakeTimeProvider();
            using var letta = Batches.StartWith(1, new LettaSimulatorOptions { TimeProvider = time });
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.DrippingBody(bytesPerDrip: 8, TimeSpan.FromSeconds(1)));

            using var response = await http.GetAsync(Api.Path, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            var buffer = new byte[64];
            var beforeAnyTick = body.ReadAsync(buffer, cancellationToken).AsTask();
            var arrivedBeforeAnyTick = beforeAnyTick.IsCompleted;
            time.Advance(TimeSpan.FromSeconds(1));
            var firstDrip = await CompleteDripAsync(body, buffer, beforeAnyTick, 8, cancellationToken);
            var afterFirst = body.ReadAsync(buffer, cancellationToken).AsTask();
            var arrivedBeforeSecondTick = afterFirst.IsCompleted;
            time.Advance(TimeSpan.FromSeconds(1));
            var secondDrip = await CompleteDripAsync(body, buffer, afterFirst, 8, cancellationToken);

            Assert.That(arrivedBeforeAnyTick, Is.False);
            Assert.That(firstDrip, Is.EqualTo("[{\"creat"));
            Assert.That(arrivedBeforeSecondTick, Is.False);
            Assert.That(secondDrip, Is.EqualTo("ed_by_id"));
        }

        [Test]
        [CancelAfter(20_000)]
        public async Task Connection_reset_over_loopback_drops_the_connection_after_the_given_bytes(CancellationToken cancellationToken)
        {
            using var letta = Batches.StartWith(2);
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.ConnectionReset(afterBytes: 10));

            using var response = await http.GetAsync(Api.Path, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            var received = new MemoryStream();
            var buffer = new byte[64];
            await Assert.ThrowsAsync<HttpIOException>(async () =>
            {
                int count;
                while ((count = await body.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    received.Write(buffer, 0, count);
                }
            });

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(Encoding.UTF8.GetString(received.ToArray()), Is.EqualTo("[{\"created"));
            Assert.That(letta.Requests.Single().StatusCode, Is.EqualTo(200));
        }

        [Test]
        [CancelAfter(30_000)]
        public async Task Oversized_page_over_loopback_is_streamed_chunked_at_its_exact_size(CancellationToken cancellationToken)
        {
            const int size = 3_000_000;
            using var letta = Batches.StartWith(1);
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.OversizedPage(size));

            using var response = await http.GetAsync(Api.Path, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var page = (JArray)Api.Parse(Encoding.UTF8.GetString(bytes));

            Assert.That(response.Headers.TransferEncodingChunked, Is.True);
            Assert.That(bytes, Has.Length.EqualTo(size));
            Assert.That(page.Count, Is.GreaterThan(1000));
        }

        [Test]
        [CancelAfter(20_000)]
        public async Task Page_cap_over_loopback_caps_every_page_while_sticky(CancellationToken cancellationToken)
        {
            using var letta = Batches.StartWith(20);
            letta.Faults.Enqueue(SimulatedFault.PageCap(4).AsSticky());

            var first = await Api.ListAsync(letta, "limit=0", cancellationToken);
            var second = await Api.ListAsync(letta, "limit=10&before=" + first.Last()["id"], cancellationToken);

            Assert.That(Api.Ids(first), Is.EqualTo(new[] { "job-019", "job-018", "job-017", "job-016" }));
            Assert.That(Api.Ids(second), Is.EqualTo(new[] { "job-015", "job-014", "job-013", "job-012" }));
        }

        [Test]
        [CancelAfter(20_000)]
        public async Task Redirect_over_loopback_is_followed_by_a_default_http_client_and_both_answers_are_recorded(CancellationToken cancellationToken)
        {
            using var letta = Batches.StartWith(3);
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.Redirect(letta.BaseUrl + "v1/messages/batches?limit=1"));

            var reply = await Api.GetAsync(letta, "limit=3", http, cancellationToken);

            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(Api.Ids((JArray)reply.Json), Is.EqualTo(new[] { "job-002" }));
            Assert.That(letta.Requests.Select(r => (r.StatusCode, r.RawQuery)), Is.EqualTo(new (int?, string)[] { (307, "limit=3"), (200, "limit=1") }));
        }

        [Test]
        [CancelAfter(20_000)]
        public async Task Raw_header_over_loopback_reaches_the_client_unvalidated(CancellationToken cancellationToken)
        {
            using var letta = Batches.StartWith(1);
            letta.Faults.Enqueue(SimulatedFault.RateLimited().WithHeader("Retry-After", "1e300"));

            var reply = await Api.GetAsync(letta, cancellationToken: cancellationToken);

            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(reply.Response.Headers.NonValidated["Retry-After"].ToString(), Is.EqualTo("1e300"));
        }

        [Test]
        [CancelAfter(20_000)]
        public async Task Corrupt_gzip_over_loopback_fails_automatic_decompression(CancellationToken cancellationToken)
        {
            using var letta = Batches.StartWith(1);
            using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.GZip }) { BaseAddress = letta.BaseUrl };
            letta.Faults.Enqueue(SimulatedFault.CorruptGzip());

            var error = await Assert.CatchAsync<Exception>(() => http.GetAsync(Api.Path, cancellationToken));

            Assert.That(Chain(error), Has.Some.InstanceOf<InvalidDataException>());
        }

        [Test]
        [CancelAfter(20_000)]
        public async Task Malformed_field_over_loopback_breaks_every_batch_of_the_page(CancellationToken cancellationToken)
        {
            using var letta = Batches.StartWith(2);
            letta.Faults.Enqueue(SimulatedFault.MalformedField("created_at", "\"not a date\""));

            var page = await Api.ListAsync(letta, cancellationToken: cancellationToken);

            Assert.That(page.Select(b => (string)b["created_at"]!), Is.EqualTo(new[] { "not a date", "not a date" }));
        }

        [Test]
        [CancelAfter(20_000)]
        public async Task Recorded_requests_over_loopback_carry_the_status_answered(CancellationToken cancellationToken)
        {
            using var letta = Batches.StartWith(1);
            letta.Faults.Enqueue(SimulatedFault.RateLimited());

            await Api.GetAsync(letta, cancellationToken: cancellationToken);
            await Api.GetAsync(letta, cancellationToken: cancellationToken);

            Assert.That(letta.Requests.Select(r => r.StatusCode), Is.EqualTo(new int?[] { 429, 200 }));
        }

        [Test]
        [CancelAfter(20_000)]
        public async Task The_core_of_a_loopback_simulator_serves_the_same_server_in_process(CancellationToken cancellationToken)
        {
            using var letta = Batches.StartWith(2);
            using var inProcess = letta.Core.CreateHttpClient();

            await Api.GetAsync(letta, cancellationToken: cancellationToken);
            var body = await inProcess.GetStringAsync(Api.Path, cancellationToken);

            Assert.That(Api.Ids((JArray)Api.Parse(body)), Is.EqualTo(new[] { "job-001", "job-000" }));
            Assert.That(letta.RequestCount, Is.EqualTo(2), "one log for both hosts");
        }

        private static async Task<string> ReadExactlyAsync(Stream body, int count, CancellationToken cancellationToken)
        {
            var buffer = new byte[count];
            await body.ReadExactlyAsync(buffer, cancellationToken);
            return Encoding.UTF8.GetString(buffer);
        }

        // A drip is one chunk on the wire, but a socket read may still return it in parts: collect the whole drip.
        private static async Task<string> CompleteDripAsync(Stream body, byte[] buffer, Task<int> pendingRead, int dripSize, CancellationToken cancellationToken)
        {
            var received = new MemoryStream();
            var count = await pendingRead.WaitAsync(cancellationToken);
            received.Write(buffer, 0, count);
            while (count > 0 && received.Length < dripSize)
            {
                count = await body.ReadAsync(buffer, cancellationToken);
                received.Write(buffer, 0, count);
            }

            return Encoding.UTF8.GetString(received.ToArray());
        }

        private static System.Collections.Generic.IEnumerable<Exception> Chain(Exception? error)
        {
            for (; error is not null; error = error.InnerException)
            {
                yield return error;
            }
        }
    }
}
