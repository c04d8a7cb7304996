using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Tests.Http
{
    /// <summary>
    /// Bodies are read inside their attempt and bounded: the per-attempt timeout and the caller's token reach the
    /// body; a body cut off mid-way is retried; an oversized body fails without the rest being read.
    /// </summary>
    [CancelAfter(30_000)]
    public class ResponseBufferingHandlerTests
    {
        private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(100);

        private static HttpResponseMessage Ok(Stream body) => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StreamContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        };

        private static IEnumerable<Func<CancellationToken, Task<byte[]>>> Segments(IEnumerable<Func<byte[]>> head, Func<CancellationToken, Task<byte[]>> then)
        {
            foreach (var segment in head) yield return _ => Task.FromResult(segment());
            yield return then;
        }

        private static async Task<byte[]> Stall(CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            return Array.Empty<byte>();
        }

        private static HttpResponseMessage Answer(HttpContent content, HttpStatusCode status = HttpStatusCode.OK) => new HttpResponseMessage(status) { Content = content };

        [Test]
        public async Task The_transports_content_is_disposed_once_the_body_is_in_memory()
        {
            var content = new TrackedContent(new GeneratedStream(PageBodies.Page(3)));
            using var client = new StubTransport((_, _) => Answer(content)).CreateClient();

            var response = await client.ListBatchesAsync().WithinTest();

            Assert.That(response.Result, Has.Count.EqualTo(3));
            Assert.That(content.Disposed, Is.True);
        }

        [Test]
        public async Task A_response_cut_off_mid_body_is_disposed()
        {
            var content = new TrackedContent(new GeneratedStream(Segments(PageBodies.Page(3).Take(1), _ => throw new IOException("The response ended prematurely."))));
            using var client = new StubTransport((_, _) => Answer(content)).CreateClient();

            await Assert.ThrowsAsync<LettaConnectionException>(() => client.ListBatchesAsync().WithinTest());

            Assert.That(content.Disposed, Is.True);
        }

        [Test]
        public async Task A_response_that_cannot_be_decompressed_is_disposed_and_says_so()
        {
            var content = new TrackedContent(new GeneratedStream(Segments(PageBodies.Page(3).Take(1), _ => throw new InvalidDataException("The archive entry was compressed using an unsupported compression method."))));
            using var client = new StubTransport((_, _) => Answer(content)).CreateClient();

            var error = await Assert.ThrowsAsync<LettaResponseException>(() => client.ListBatchesAsync().WithinTest());

            Assert.That(error!.Message, Is.EqualTo("Letta returned 200 OK with a body that could not be decompressed: The archive entry was compressed using an unsupported compression method."));
            Assert.That(content.Disposed, Is.True);
        }

        [Test]
        public async Task A_response_over_MaxResponseBytes_is_disposed()
        {
            var content = new TrackedContent(new GeneratedStream(PageBodies.Page(100)));
            using var client = new StubTransport((_, _) => Answer(content)).CreateClient(o => o.MaxResponseBytes = 1024);

            await Assert.ThrowsAsync<LettaResponseException>(() => client.ListBatchesAsync().WithinTest());

            Assert.That(content.Disposed, Is.True);
        }

        [Test]
        public async Task A_large_body_within_the_limit_is_read_whole()
        {
            const int batches = 5000;
            var body = new GeneratedStream(PageBodies.Page(batches));
            using var client = new StubTransport((_, _) => Ok(body)).CreateClient();

            var response = await client.ListBatchesAsync(limit: batches).WithinTest();

            // Held in 64 KiB segments and read back across their boundaries: every batch intact, in order.
            Assert.That(response.Result.Select(b => b.Id), Is.EqualTo(Enumerable.Range(0, batches).Select(i => "job-" + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture))));
            Assert.That(body.Disposed, Is.True, "the network stream is released once the body is in memory");
        }

        [Test]
        public async Task A_success_body_over_MaxResponseBytes_fails_without_the_rest_being_read()
        {
            // One MiB allowed, 64 MiB sent: the client must stop at the limit, not read (or hold) the rest.
            var filler = Enumerable.Repeat<Func<byte[]>>(() => new byte[64 * 1024], 1024);
            var body = new GeneratedStream(new Func<byte[]>[] { () => Encoding.UTF8.GetBytes("[" + PageBodies.Batch(0)) }.Concat(filler));
            using var client = new StubTransport((_, _) => Ok(body)).CreateClient(o => o.MaxResponseBytes = 1024 * 1024);

            var error = await Assert.ThrowsAsync<LettaResponseException>(() => client.ListBatchesAsync().WithinTest());

            Assert.That(error!.Message, Is.EqualTo("Letta returned 200 OK with a body larger than MaxResponseBytes (1048576 bytes); the rest was not read. Ask for smaller pages, or raise LettaClientOptions.MaxResponseBytes."));
            Assert.That(error.ResponseBody, Does.StartWith("[{\"created_by_id\""));
            Assert.That(body.BytesRead, Is.LessThanOrEqualTo((1024 * 1024) + (64 * 1024)));
            Assert.That(body.Disposed, Is.True);
        }

        [Test]
        public async Task An_error_body_is_kept_up_to_64_KiB_and_the_rest_is_not_read()
        {
            var filler = Enumerable.Repeat<Func<byte[]>>(() => Encoding.ASCII.GetBytes(new string('x', 64 * 1024)), 256);
            var body = new GeneratedStream(filler);
            using var client = new StubTransport((_, _) => new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StreamContent(body) }).CreateClient();

            var error = await Assert.ThrowsAsync<LettaServerException>(() => client.ListBatchesAsync().WithinTest());

            Assert.That(error!.ResponseBody, Has.Length.EqualTo(64 * 1024));
            Assert.That(body.BytesRead, Is.LessThanOrEqualTo(128 * 1024));
        }

        [Test]
        public async Task A_stalled_body_hits_the_per_attempt_timeout_and_is_retried()
        {
            var time = new RecordingTimeProvider();
            var transport = new StubTransport((_, attempt, _) => Task.FromResult(attempt == 0
                ? Ok(new GeneratedStream(Segments(PageBodies.Page(3).Take(2), Stall)))
                : Ok(new GeneratedStream(PageBodies.Page(3)))));
            using var client = transport.CreateClient(o => { o.MaxRetries = 1; o.NetworkTimeout = AttemptTimeout; o.TimeProvider = time; });

            var call = client.ListBatchesAsync();
            await time.AdvanceWhenWaitingAsync(AttemptTimeout).WithinTest();
            time.Advance(await time.WaitForTimerAsync(d => d != AttemptTimeout).WithinTest());
            var response = await call.WithinTest();

            Assert.That(response.Result.Select(b => b.Id), Is.EqualTo(new[] { "job-000000", "job-000001", "job-000002" }));
            Assert.That(transport.Requests, Is.EqualTo(2));
        }

        [Test]
        public async Task A_body_that_never_ends_costs_at_most_attempts_times_NetworkTimeout_then_a_timeout_exception()
        {
            var time = new RecordingTimeProvider();
            var transport = new StubTransport((_, _, _) => Task.FromResult(Ok(new GeneratedStream(Segments(PageBodies.Page(3).Take(1), Stall)))));
            using var client = transport.CreateClient(o => { o.MaxRetries = 1; o.NetworkTimeout = AttemptTimeout; o.TimeProvider = time; });

            var call = client.ListBatchesAsync();
            await time.AdvanceWhenWaitingAsync(AttemptTimeout).WithinTest();
            time.Advance(await time.WaitForTimerAsync(d => d != AttemptTimeout).WithinTest());
            await time.AdvanceWhenWaitingAsync(AttemptTimeout, skip: 1).WithinTest();

            var error = await Assert.ThrowsAsync<LettaTimeoutException>(() => call.WithinTest());
            Assert.That(error!.Timeout, Is.EqualTo(AttemptTimeout));
            Assert.That(transport.Requests, Is.EqualTo(2));
        }

        [Test]
        public async Task The_callers_token_stops_a_stalled_body_read_at_once()
        {
            var reading = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var transport = new StubTransport((_, _, _) => Task.FromResult(Ok(new GeneratedStream(Segments(PageBodies.Page(3).Take(1), token =>
            {
                reading.TrySetResult();
                return Stall(token);
            })))));
            using var client = transport.CreateClient(o => o.MaxRetries = 2);
            using var cancellation = new CancellationTokenSource();

            var call = client.ListBatchesAsync(cancellationToken: cancellation.Token);
            await reading.Task.WithinTest();
            cancellation.Cancel();

            var error = await Assert.CatchAsync<OperationCanceledException>(() => call.WithinTest());
            Assert.That(error, Is.Not.InstanceOf<LettaException>());
            Assert.That(transport.Requests, Is.EqualTo(1));
        }

        [Test]
        public async Task A_body_cut_off_mid_way_is_retried_with_the_same_request()
        {
            var time = new RecordingTimeProvider();
            var transport = new StubTransport((_, attempt, _) => Task.FromResult(attempt == 0
                ? Ok(new GeneratedStream(Segments(PageBodies.Page(3).Take(2), _ => throw new IOException("The response ended prematurely."))))
                : Ok(new GeneratedStream(PageBodies.Page(3)))));
            using var client = transport.CreateClient(o => { o.MaxRetries = 1; o.TimeProvider = time; });

            var call = client.ListBatchesAsync(after: "job-cursor", limit: 3);
            time.Advance(await time.WaitForTimerAsync(d => d < TimeSpan.FromSeconds(1)).WithinTest());
            var response = await call.WithinTest();

            Assert.That(response.Result, Has.Count.EqualTo(3));
            Assert.That(transport.Requests, Is.EqualTo(2));
        }

        [Test]
        public async Task A_response_that_ended_before_any_byte_is_resent_at_once_like_a_stale_connection()
        {
            // SocketsHttpHandler's failure when a pooled connection closes as the request goes out: the response ended
            // (an HttpIOException inside) before any byte of it arrived. Resent at once, with no backoff timer.
            var time = new RecordingTimeProvider();
            var transport = new StubTransport((_, attempt, _) => attempt == 0
                ? throw new HttpRequestException("An error occurred while sending the request.", new HttpIOException(HttpRequestError.ResponseEnded, "The response ended prematurely."))
                : Task.FromResult(Ok(new GeneratedStream(PageBodies.Page(3)))));
            using var client = transport.CreateClient(o => { o.MaxRetries = 1; o.TimeProvider = time; });

            var response = await client.ListBatchesAsync(limit: 3).WithinTest();

            Assert.That(response.Result, Has.Count.EqualTo(3));
            Assert.That(response.RetryCount, Is.EqualTo(1));
            Assert.That(time.DueTimes.Where(d => d < TimeSpan.FromSeconds(10)), Is.Empty, "no backoff timer");
        }

        [Test]
        public async Task A_body_that_ended_early_after_the_headers_waits_a_backoff_unlike_a_stale_connection()
        {
            // What SocketsHttpHandler throws when the body stops short: an HttpIOException with ResponseEnded, which
            // before any response byte would mean a stale connection, resent at once. After the headers, the request
            // reached the server: the resend waits the backoff.
            var time = new RecordingTimeProvider();
            var transport = new StubTransport((_, attempt, _) => Task.FromResult(attempt == 0
                ? Ok(new GeneratedStream(Segments(PageBodies.Page(3).Take(2), _ => throw new HttpIOException(HttpRequestError.ResponseEnded, "The response ended prematurely."))))
                : Ok(new GeneratedStream(PageBodies.Page(3)))));
            using var client = transport.CreateClient(o => { o.MaxRetries = 1; o.TimeProvider = time; });

            var call = client.ListBatchesAsync(limit: 3);
            var backoff = await time.WaitForTimerAsync(d => d < TimeSpan.FromSeconds(1)).WithinTest();
            Assert.That(transport.Requests, Is.EqualTo(1), "no resend before the backoff elapses");
            time.Advance(backoff);
            var response = await call.WithinTest();

            Assert.That(backoff, Is.GreaterThan(TimeSpan.Zero));
            Assert.That(response.Result, Has.Count.EqualTo(3));
            Assert.That(transport.Requests, Is.EqualTo(2));
        }

        [Test]
        public async Task A_body_cut_off_on_every_attempt_is_a_connection_exception()
        {
            var transport = new StubTransport((_, _) => Ok(new GeneratedStream(Segments(PageBodies.Page(3).Take(2), _ => throw new IOException("The response ended prematurely.")))));
            using var client = transport.CreateClient(o => o.MaxRetries = 0);

            var error = await Assert.ThrowsAsync<LettaConnectionException>(() => client.ListBatchesAsync().WithinTest());

            Assert.That(error!.Message, Is.EqualTo("The connection to Letta at http://letta.test:80 broke while the response was read, after 1 attempt(s): The response ended prematurely."));
            Assert.That(error.InnerException!.Message, Is.EqualTo("The connection broke while the response body was read: The response ended prematurely."));
            Assert.That(error.InnerException!.InnerException, Is.InstanceOf<IOException>());
        }

        [Test]
        public async Task A_corrupt_gzip_body_is_a_response_exception_saying_it_could_not_be_decompressed()
        {
            using var server = new LoopbackServer();
            server.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath(LoopbackServer.BatchesPath).UsingGet())
                .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200)
                    .WithHeader("Content-Type", "application/json").WithHeader("Content-Encoding", "gzip")
                    .WithBody(Encoding.ASCII.GetBytes("this is not gzip at all, but it says it is")));
            using var client = server.CreateClient(configure: o => o.MaxRetries = 2);

            var error = await Assert.ThrowsAsync<LettaResponseException>(() => client.ListBatchesAsync().WithinTest());

            Assert.That(error!.Message, Does.StartWith("Letta returned 200 OK with a body that could not be decompressed: "));
            Assert.That(server.Server.LogEntries.Count(), Is.EqualTo(1), "a corrupt body is not transient: not retried");
        }

        /// <summary>The handler alone over <paramref name="content"/>, renting from <paramref name="pool"/>.</summary>
        private static Task<HttpResponseMessage> SendAloneAsync(HttpContent content, RecordingPool pool, long maxResponseBytes = 1 << 20)
        {
            var handler = new ResponseBufferingHandler(maxResponseBytes, new SecretRedactor(Array.Empty<string>()), pool)
            {
                InnerHandler = new StubTransport((_, _) => Answer(content)),
            };
            using var invoker = new HttpMessageInvoker(handler);
            return invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "http://letta.test/v1/messages/batches"), TestContext.CurrentContext.CancellationToken);
        }

        [Test]
        public async Task A_buffered_response_returns_its_segments_to_the_pool_once_when_disposed()
        {
            var pool = new RecordingPool();
            var response = await SendAloneAsync(new StreamContent(new GeneratedStream(PageBodies.Page(1000))), pool).WithinTest();
            Assert.That(pool.ReturnsPerArray, Has.Count.GreaterThan(1).And.All.EqualTo(0), "held while the response lives");

            response.Dispose();
            response.Content.Dispose();

            Assert.That(pool.ReturnsPerArray, Has.All.EqualTo(1));
        }

        [Test]
        public async Task A_response_cut_off_mid_body_returns_its_segments_to_the_pool()
        {
            var pool = new RecordingPool();
            var content = new StreamContent(new GeneratedStream(Segments(PageBodies.Page(3).Take(1), _ => throw new IOException("The response ended prematurely."))));

            await Assert.ThrowsAsync<HttpRequestException>(() => SendAloneAsync(content, pool).WithinTest());

            Assert.That(pool.ReturnsPerArray, Is.EqualTo(new[] { 1 }));
        }

        [Test]
        public async Task A_response_that_cannot_be_decompressed_returns_its_segments_to_the_pool()
        {
            var pool = new RecordingPool();
            var content = new StreamContent(new GeneratedStream(Segments(PageBodies.Page(3).Take(1), _ => throw new InvalidDataException("not gzip"))));

            await Assert.ThrowsAsync<LettaResponseException>(() => SendAloneAsync(content, pool).WithinTest());

            Assert.That(pool.ReturnsPerArray, Is.EqualTo(new[] { 1 }));
        }

        [Test]
        public async Task A_response_over_MaxResponseBytes_returns_its_segments_to_the_pool()
        {
            var pool = new RecordingPool();

            await Assert.ThrowsAsync<LettaResponseException>(() => SendAloneAsync(new StreamContent(new GeneratedStream(PageBodies.Page(100))), pool, maxResponseBytes: 1024).WithinTest());

            Assert.That(pool.ReturnsPerArray, Is.EqualTo(new[] { 1 }));
        }
    }
}
