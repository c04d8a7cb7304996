using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Letta.Generated.Tests.Rest
{
    /// <summary>
    /// A success body is deserialized from the response stream as it arrives, never first copied into a
    /// string or a buffer. The content used here can only be read as a stream: every buffering path of
    /// <see cref="HttpContent"/> (ReadAsStringAsync, ReadAsByteArrayAsync, LoadIntoBufferAsync, CopyToAsync)
    /// goes through SerializeToStream(Async), which throws.
    /// </summary>
    public class StreamingBodyTests
    {
        private const string BatchTemplate =
            "{{\"created_by_id\":null,\"last_updated_by_id\":null,\"created_at\":\"2025-01-02T03:04:{0:00}.{1:000000}Z\",\"updated_at\":null,"
            + "\"status\":\"running\",\"completed_at\":null,\"stop_reason\":null,\"metadata\":{{\"job_type\":\"batch_messages\",\"tags\":[\"a\",{1}]}},"
            + "\"job_type\":\"batch\",\"background\":false,\"agent_id\":null,\"callback_url\":null,\"callback_sent_at\":null,\"callback_status_code\":null,"
            + "\"callback_error\":null,\"ttft_ns\":null,\"total_duration_ns\":4300000000,\"id\":\"job-{1:000000}\",\"user_id\":\"user-1\"}}";

        [Test]
        public async Task A_large_success_body_is_read_only_through_the_stream()
        {
            const int batches = 5000;
            var stream = new GeneratedStream(PageSegments(batches));
            using var client = ClientServing(stream);

            var response = await client.ListBatchesAsync(new ListBatchesRequest { Limit = batches });

            Assert.That(response.Value, Has.Count.EqualTo(batches));
            Assert.That(response.Value[0].Id, Is.EqualTo("job-000000"));
            Assert.That(response.Value[batches - 1].Id, Is.EqualTo("job-" + (batches - 1).ToString("000000", CultureInfo.InvariantCulture)));
            Assert.That(stream.AtEnd, Is.True, "the whole body was read (and checked for trailing content)");
            Assert.That(stream.ReadCalls, Is.GreaterThan(10), "the body was pulled in chunks, not in one read");
        }

        [Test]
        public async Task Deserialization_stops_at_the_first_bad_byte_without_reading_the_rest_of_the_body()
        {
            // One good batch, then garbage, then 64 MiB more: a client that copied the body before parsing
            // would read all of it; one that parses from the stream stops within its read buffers.
            const long tail = 64L * 1024 * 1024;
            var segments = new List<Func<byte[]>> { () => Encoding.UTF8.GetBytes("[" + Batch(0) + ",@@@") };
            var filler = new byte[64 * 1024];
            filler.AsSpan().Fill((byte)'x');
            for (long written = 0; written < tail; written += filler.Length) segments.Add(() => filler);
            var stream = new GeneratedStream(segments);
            using var client = ClientServing(stream);

            var error = await Assert.ThrowsAsync<LettaResponseException>(() => client.ListBatchesAsync());

            Assert.That(error!.Status, Is.EqualTo(200));
            Assert.That(error.Message, Does.Contain("Body starts: [{\"created_by_id\""), "the excerpt quotes the start of the body");
            Assert.That(stream.BytesRead, Is.LessThan(1024 * 1024), "read " + stream.BytesRead + " bytes of a " + (tail / (1024 * 1024)) + " MiB body");
            Assert.That(stream.Disposed, Is.True, "the response stream is released after the failure");
        }

        private static string Batch(int i) =>
            string.Format(CultureInfo.InvariantCulture, BatchTemplate, i / 1_000_000 % 60, i % 1_000_000);

        // Produced lazily, so the test itself never holds the body either.
        private static IEnumerable<Func<byte[]>> PageSegments(int count)
        {
            yield return () => Encoding.UTF8.GetBytes("[");
            for (var i = 0; i < count; i++)
            {
                var index = i;
                yield return () => Encoding.UTF8.GetBytes((index == 0 ? string.Empty : ",") + Batch(index));
            }
            yield return () => Encoding.UTF8.GetBytes("]");
        }

        private static LettaClient ClientServing(Stream body)
        {
            var handler = new StubHandler(request => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamOnlyContent(body), RequestMessage = request });
            var options = new LettaClientOptions(_ => null) { BaseUrl = new Uri("http://letta.test/"), MaxRetries = 0 };
            return new LettaClient(new HttpClient(handler), options);
        }

        private sealed class StubHandler : HttpMessageHandler
        {
            private readonly Func<HttpRequestMessage, HttpResponseMessage> _respond;

            public StubHandler(Func<HttpRequestMessage, HttpResponseMessage> respond) => _respond = respond;

            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
                Task.FromResult(_respond(request));
        }

        /// <summary>Content whose only readable form is its stream: any attempt to buffer it throws.</summary>
        private sealed class StreamOnlyContent : HttpContent
        {
            private readonly Stream _stream;

            public StreamOnlyContent(Stream stream)
            {
                _stream = stream;
                Headers.ContentType = new MediaTypeHeaderValue("application/json");
            }

            protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => throw Buffered();

            protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) => throw Buffered();

            protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken) => throw Buffered();

            protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult(_stream);

            protected override Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) => Task.FromResult(_stream);

            protected override Stream CreateContentReadStream(CancellationToken cancellationToken) => _stream;

            protected override bool TryComputeLength(out long length)
            {
                length = 0;
                return false;
            }

            private static Exception Buffered() => new AssertionException("The body was buffered (read as a string or bytes) instead of deserialized from its stream.");
        }

        /// <summary>A forward-only stream over lazily produced segments that counts what was read.</summary>
        private sealed class GeneratedStream : Stream
        {
            private readonly IEnumerator<Func<byte[]>> _segments;
            private byte[] _current = Array.Empty<byte>();
            private int _offset;

            public GeneratedStream(IEnumerable<Func<byte[]>> segments) => _segments = segments.GetEnumerator();

            public long BytesRead { get; private set; }

            public int ReadCalls { get; private set; }

            public bool AtEnd { get; private set; }

            public bool Disposed { get; private set; }

            public override bool CanRead => true;
            public override bool CanSeek => false;
            public override bool CanWrite => false;
            public override long Length => throw new NotSupportedException();
            public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

            public override int Read(byte[] buffer, int offset, int count)
            {
                ReadCalls++;
                while (_offset == _current.Length)
                {
                    if (!_segments.MoveNext())
                    {
                        AtEnd = true;
                        return 0;
                    }
                    _current = _segments.Current();
                    _offset = 0;
                }
                var take = Math.Min(count, _current.Length - _offset);
                Buffer.BlockCopy(_current, _offset, buffer, offset, take);
                _offset += take;
                BytesRead += take;
                return take;
            }

            public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
                Task.FromResult(Read(buffer, offset, count));

            public override void Flush() { }
            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
            public override void SetLength(long value) => throw new NotSupportedException();
            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

            protected override void Dispose(bool disposing)
            {
                Disposed = true;
                base.Dispose(disposing);
            }
        }
    }
}
