using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Simulator.Tests.Support;
using Newtonsoft.Json;
using NUnit.Framework;

namespace Letta.Generated.Simulator.Tests.Faults
{
    /// <summary>An oversized page: valid JSON of an exact size, produced while it is read.</summary>
    public class OversizedPageTests
    {
        [Test]
        [CancelAfter(30_000)]
        public async Task The_body_is_a_json_array_of_exactly_the_given_size_newest_first(CancellationToken cancellationToken)
        {
            const long size = 1_000_000;
            using var letta = InProcess.ServerWith(1);
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.OversizedPage(size));

            using var response = await InProcess.HeadersAsync(http, "limit=5", cancellationToken);
            using var body = new CountingStream(await response.Content.ReadAsStreamAsync(cancellationToken));
            var items = ReadItems(body);

            Assert.That(body.Count, Is.EqualTo(size));
            Assert.That(response.Content.Headers.ContentLength, Is.Null, "streamed: no length up front");
            Assert.That(items.Count, Is.GreaterThan(100), "far more than limit=5 asked for");
            Assert.That(items.Select(i => i.Id), Is.Unique);
            Assert.That(items.Select(i => i.Status), Is.All.AnyOf("created", "running"));
            Assert.That(items.Zip(items.Skip(1), (a, b) => a.CreatedAt > b.CreatedAt), Is.All.True, "newest first");
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Ascending_order_is_honoured(CancellationToken cancellationToken)
        {
            using var letta = InProcess.ServerWith(1);
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.OversizedPage(20_000));

            using var response = await InProcess.HeadersAsync(http, "order=asc", cancellationToken);
            var items = ReadItems(await response.Content.ReadAsStreamAsync(cancellationToken));

            Assert.That(items.Zip(items.Skip(1), (a, b) => a.CreatedAt < b.CreatedAt), Is.All.True);
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task An_eight_gibibyte_page_starts_at_once_because_it_is_never_materialised(CancellationToken cancellationToken)
        {
            // No .NET array or string can hold 8 GiB: answering at all proves the body is generated as it is read.
            const long size = 8L * 1024 * 1024 * 1024;
            using var letta = InProcess.ServerWith(1);
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.OversizedPage(size));

            using var response = await InProcess.HeadersAsync(http, string.Empty, cancellationToken);
            using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            var start = new byte[64 * 1024];
            await body.ReadExactlyAsync(start, cancellationToken);

            Assert.That(Encoding.UTF8.GetString(start, 0, 3), Is.EqualTo("[{\""));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Disposing_the_server_stops_an_oversized_body_within_one_piece(CancellationToken cancellationToken)
        {
            var letta = InProcess.ServerWith(1);
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.OversizedPage(8L * 1024 * 1024 * 1024));

            using var response = await InProcess.HeadersAsync(http, string.Empty, cancellationToken);
            using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            var buffer = new byte[16 * 1024];
            await body.ReadExactlyAsync(buffer, cancellationToken);
            letta.Dispose();
            long afterDispose = 0;
            await Assert.ThrowsAsync<IOException>(async () =>
            {
                int count;
                while ((count = await body.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    afterDispose += count;
                }
            });

            Assert.That(afterDispose, Is.LessThanOrEqualTo(64 * 1024), "at most the rest of the piece already made");
        }

        [TestCase(2, "[]")]
        [TestCase(5, "[   ]")]
        public async Task Sizes_too_small_for_a_batch_are_padded_arrays(long size, string expected)
        {
            using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            using var letta = InProcess.ServerWith(1);
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.OversizedPage(size));

            var body = await http.GetStringAsync(InProcess.Path, cancellation.Token);

            Assert.That(body, Is.EqualTo(expected));
        }

        [Test]
        public void A_size_below_two_bytes_is_rejected()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => SimulatedFault.OversizedPage(1));
        }

        private static List<(string Id, string Status, DateTimeOffset CreatedAt)> ReadItems(Stream body)
        {
            var items = new List<(string, string, DateTimeOffset)>();
            using var reader = new JsonTextReader(new StreamReader(body)) { DateParseHandling = DateParseHandling.None };
            var serializer = new JsonSerializer();
            reader.Read();
            Assert.That(reader.TokenType, Is.EqualTo(JsonToken.StartArray));
            while (reader.Read() && reader.TokenType == JsonToken.StartObject)
            {
                var batch = serializer.Deserialize<Dictionary<string, object?>>(reader)!;
                items.Add(((string)batch["id"]!, (string)batch["status"]!, DateTimeOffset.Parse((string)batch["created_at"]!, System.Globalization.CultureInfo.InvariantCulture)));
            }

            Assert.That(reader.TokenType, Is.EqualTo(JsonToken.EndArray));
            Assert.That(reader.Read(), Is.False, "nothing after the array");
            return items;
        }

        /// <summary>Counts the bytes read through it, so the size is measured without keeping the body.</summary>
        private sealed class CountingStream : Stream
        {
            private readonly Stream _inner;

            public CountingStream(Stream inner) => _inner = inner;

            public long Count { get; private set; }

            public override bool CanRead => true;

            public override bool CanSeek => false;

            public override bool CanWrite => false;

            public override long Length => throw new NotSupportedException();

            public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

            public override int Read(byte[] buffer, int offset, int count)
            {
                var read = _inner.Read(buffer, offset, count);
                Count += read;
                return read;
            }

            public override void Flush()
            {
            }

            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

            public override void SetLength(long value) => throw new NotSupportedException();

            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

            protected override void Dispose(bool disposing)
            {
                if (disposing)
                {
                    _inner.Dispose();
                }

                base.Dispose(disposing);
            }
        }
    }
}
