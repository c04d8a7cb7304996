using System;
using System.Buffers;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Tests.Http
{
    /// <summary>
    /// The in-memory body in pooled 64 KiB segments: bounded exactly at its limit (reading one byte past it, no
    /// more), read back byte for byte by every reader, across segment boundaries, and each segment given back to its
    /// pool exactly once.
    /// </summary>
    [CancelAfter(10_000)]
    public class BufferedBodyTests
    {
        private const int Segment = 64 * 1024;

        /// <summary>Bytes that differ from one position to the next, so a misplaced copy cannot go unnoticed.</summary>
        private static byte[] Pattern(int length) => Enumerable.Range(0, length).Select(i => (byte)((i * 31) + (i / 251))).ToArray();

        private static async Task<BufferedBody> FilledAsync(byte[] bytes, long limit = 1 << 30, ArrayPool<byte>? pool = null)
        {
            var body = new BufferedBody(pool ?? ArrayPool<byte>.Shared);
            Assert.That(await body.FillAsync(new MemoryStream(bytes), limit, TestContext.CurrentContext.CancellationToken), Is.True);
            return body;
        }

        [Test]
        public async Task A_body_of_exactly_the_limit_fits()
        {
            using var body = new BufferedBody();

            var complete = await body.FillAsync(new MemoryStream(Pattern(Segment + 10)), Segment + 10, TestContext.CurrentContext.CancellationToken);

            Assert.That(complete, Is.True);
            Assert.That(body.Length, Is.EqualTo(Segment + 10));
        }

        [Test]
        public async Task A_body_over_the_limit_is_refused_after_reading_exactly_one_byte_past_it()
        {
            using var source = new MemoryStream(Pattern(3 * Segment));
            using var body = new BufferedBody();

            var complete = await body.FillAsync(source, Segment + 10, TestContext.CurrentContext.CancellationToken);

            Assert.That(complete, Is.False);
            Assert.That(body.Length, Is.EqualTo(Segment + 10));
            Assert.That(source.Position, Is.EqualTo(Segment + 11), "the rest is not read");
        }

        [Test]
        public async Task One_read_across_segment_boundaries_returns_every_byte_in_order()
        {
            var bytes = Pattern((2 * Segment) + 1000);
            using var body = await FilledAsync(bytes);
            using var stream = body.OpenRead();
            var buffer = new byte[bytes.Length + 100];

            var read = 0;
            int n;
            while ((n = stream.Read(buffer, read, buffer.Length - read)) > 0) read += n;

            Assert.That(read, Is.EqualTo(bytes.Length));
            Assert.That(buffer.Take(read), Is.EqualTo(bytes));
        }

        [Test]
        public async Task Reads_of_any_size_starting_mid_segment_return_every_byte_in_order()
        {
            var bytes = Pattern((3 * Segment) + 1000);
            using var body = await FilledAsync(bytes);
            using var stream = body.OpenRead();
            using var copy = new MemoryStream();
            var sizes = new[] { 1000, 70_000, 3, 65_536, 100_000 };

            for (var i = 0; ; i++)
            {
                var buffer = new byte[sizes[i % sizes.Length]];
                var n = stream.Read(buffer, 0, buffer.Length);
                if (n == 0) break;
                copy.Write(buffer, 0, n);
            }

            Assert.That(copy.ToArray(), Is.EqualTo(bytes));
        }

        // 0 and whole segments: a body that ends on a segment boundary has one empty segment after its last byte.
        [TestCase(0)]
        [TestCase(1)]
        [TestCase(Segment)]
        [TestCase(2 * Segment)]
        [TestCase((2 * Segment) + 1000)]
        public async Task CopyTo_copies_every_segment_into_an_array_of_the_bodys_length(int length)
        {
            var bytes = Pattern(length);
            using var body = await FilledAsync(bytes);
            var destination = new byte[bytes.Length];

            body.CopyTo(destination);

            Assert.That(destination, Is.EqualTo(bytes));
        }

        [TestCase(0)]
        [TestCase(1)]
        [TestCase(Segment)]
        [TestCase(Segment + 1)]
        [TestCase(2 * Segment)]
        [TestCase((2 * Segment) + 1000)]
        public async Task AsSequence_is_exactly_the_body_over_its_segments_without_a_copy(int length)
        {
            var bytes = Pattern(length);
            using var body = await FilledAsync(bytes);

            var sequence = body.AsSequence();

            Assert.That(sequence.Length, Is.EqualTo(length));
            Assert.That(sequence.ToArray(), Is.EqualTo(bytes));
            var pieces = 0;
            foreach (var piece in sequence) pieces += piece.IsEmpty ? 0 : 1;
            Assert.That(pieces, Is.EqualTo((length + Segment - 1) / Segment), "one piece per filled segment: nothing was joined into a new array");
        }

        [TestCase(0)]
        [TestCase(1)]
        [TestCase(Segment)]
        [TestCase(2 * Segment)]
        [TestCase((2 * Segment) + 1000)]
        public async Task CopyToAsync_writes_exactly_the_body(int length)
        {
            var bytes = Pattern(length);
            using var body = await FilledAsync(bytes);
            using var destination = new MemoryStream();

            await body.CopyToAsync(destination, TestContext.CurrentContext.CancellationToken);

            Assert.That(destination.ToArray(), Is.EqualTo(bytes));
        }

        [TestCase(10)]
        [TestCase(Segment + 5)]
        [TestCase((2 * Segment) + 1000)]
        [TestCase((3 * Segment) + 1)]
        public async Task Head_is_the_first_bytes_of_the_body_up_to_its_length(int count)
        {
            var bytes = Pattern((2 * Segment) + 1000);
            using var body = await FilledAsync(bytes);

            Assert.That(body.Head(count), Is.EqualTo(bytes.Take(count)));
        }

        [Test]
        public async Task A_body_cut_at_its_limit_copies_and_heads_only_the_bytes_up_to_the_limit()
        {
            // The extra byte read to detect "more than the limit" sits in the segments but is not the body's.
            var bytes = Pattern(3 * Segment);
            using var body = new BufferedBody();
            Assert.That(await body.FillAsync(new MemoryStream(bytes), Segment, TestContext.CurrentContext.CancellationToken), Is.False);
            var copy = new byte[Segment];
            using var written = new MemoryStream();

            body.CopyTo(copy);
            await body.CopyToAsync(written, TestContext.CurrentContext.CancellationToken);

            Assert.That(copy, Is.EqualTo(bytes.Take(Segment)));
            Assert.That(written.ToArray(), Is.EqualTo(bytes.Take(Segment)));
            Assert.That(body.Head(2 * Segment), Is.EqualTo(bytes.Take(Segment)));
            Assert.That(body.AsSequence().ToArray(), Is.EqualTo(bytes.Take(Segment)));
        }

        [Test]
        public async Task A_pool_that_lends_larger_arrays_than_asked_changes_no_byte_read_back()
        {
            // ArrayPool.Rent may return a larger array than requested; only the first 64 KiB of each is ever filled.
            var bytes = Pattern((2 * Segment) + 1000);
            using var body = await FilledAsync(bytes, pool: new LargerArrayPool());
            var copy = new byte[bytes.Length];
            using var written = new MemoryStream();

            body.CopyTo(copy);
            await body.CopyToAsync(written, TestContext.CurrentContext.CancellationToken);

            Assert.That(copy, Is.EqualTo(bytes));
            Assert.That(written.ToArray(), Is.EqualTo(bytes));
            Assert.That(body.Head(bytes.Length), Is.EqualTo(bytes));
            Assert.That(body.AsSequence().ToArray(), Is.EqualTo(bytes));
        }

        private sealed class LargerArrayPool : ArrayPool<byte>
        {
            public override byte[] Rent(int minimumLength) => Enumerable.Repeat((byte)0xEE, (2 * minimumLength) + 7).ToArray();

            public override void Return(byte[] array, bool clearArray = false)
            {
            }
        }

        [Test]
        public async Task The_read_stream_reads_forward_only()
        {
            using var body = await FilledAsync(Pattern(10));
            using var stream = body.OpenRead();

            Assert.That(stream.CanRead, Is.True);
            Assert.That(stream.CanSeek, Is.False);
            Assert.That(stream.CanWrite, Is.False);
            Assert.That(stream.Length, Is.EqualTo(10));
        }

        [Test]
        public async Task Disposing_returns_each_segment_to_the_pool_once_however_often_it_is_called()
        {
            var pool = new RecordingPool();
            var body = await FilledAsync(Pattern((2 * Segment) + 10), pool: pool);
            using var content = new BufferedContent(body, new ByteArrayContent(Array.Empty<byte>()));

            content.Dispose();
            content.Dispose();
            body.Dispose();

            Assert.That(pool.ReturnsPerArray, Is.EqualTo(new[] { 1, 1, 1 }));
        }

        [Test]
        public async Task A_second_dispose_during_the_first_returns_nothing_again()
        {
            var pool = new RecordingPool();
            var body = await FilledAsync(Pattern(Segment + 10), pool: pool);
            var token = TestContext.CurrentContext.CancellationToken;
            using var firstIsReturning = new ManualResetEventSlim();
            using var secondIsDone = new ManualResetEventSlim();
            pool.OnFirstReturn = () =>
            {
                firstIsReturning.Set();
                secondIsDone.Wait(token);
            };

            // The first Dispose is held inside its first Return while a second one runs to its end.
            var first = Task.Run(body.Dispose, token);
            firstIsReturning.Wait(token);
            body.Dispose();
            secondIsDone.Set();
            await first;

            Assert.That(pool.ReturnsPerArray, Is.EqualTo(new[] { 1, 1 }));
        }

        [Test]
        public async Task A_content_disposed_twice_lends_no_segment_to_two_later_bodies()
        {
            // As with ArrayPool<byte>.Shared, an array returned twice would be lent out twice.
            var pool = new ReusingPool();
            var first = await FilledAsync(Pattern(10), pool: pool);
            var content = new BufferedContent(first, new ByteArrayContent(Array.Empty<byte>()));
            content.Dispose();
            content.Dispose();

            using var page1 = await FilledAsync(Encoding.UTF8.GetBytes("[\"page-1\"]"), pool: pool);
            using var page2 = await FilledAsync(Encoding.UTF8.GetBytes("[\"page-2\"]"), pool: pool);

            Assert.That(Encoding.UTF8.GetString(page1.Head(100)), Is.EqualTo("[\"page-1\"]"));
            Assert.That(Encoding.UTF8.GetString(page2.Head(100)), Is.EqualTo("[\"page-2\"]"));
        }

        [Test]
        public async Task A_read_stream_opened_before_disposal_reads_no_returned_segment()
        {
            var body = await FilledAsync(Pattern(10));
            using var stream = body.OpenRead();

            body.Dispose();

            Assert.Throws<ObjectDisposedException>(() => stream.ReadByte());
        }
    }
}
