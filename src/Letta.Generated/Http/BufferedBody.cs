using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Letta.Generated
{
    /// <summary>
    /// A response body held in memory as pooled 64 KiB segments: no large-object-heap array per page, no copy
    /// when the page grows, and the segments go back to the pool when the response is disposed.
    /// </summary>
    internal sealed class BufferedBody : IDisposable
    {
        private const int SegmentSize = 64 * 1024;
        private readonly ArrayPool<byte> _pool;
        private List<byte[]>? _segments = new List<byte[]>();
        private int _lastSegmentFill;

        public BufferedBody()
            : this(ArrayPool<byte>.Shared)
        {
        }

        /// <summary>Rents its segments from <paramref name="pool"/> (tests pass one that records every return).</summary>
        public BufferedBody(ArrayPool<byte> pool)
        {
            _pool = pool;
        }

        public long Length { get; private set; }

        /// <summary>Reads <paramref name="source"/> to its end, or to <paramref name="limit"/> bytes.</summary>
        /// <returns>True when the whole body fit; false when it has more than <paramref name="limit"/> bytes (the rest is not read).</returns>
        public async Task<bool> FillAsync(Stream source, long limit, CancellationToken cancellationToken)
        {
            var segments = Segments;
            while (true)
            {
                if (segments.Count == 0 || _lastSegmentFill == SegmentSize)
                {
                    segments.Add(_pool.Rent(SegmentSize));
                    _lastSegmentFill = 0;
                }

                // One byte past the limit tells "exactly the limit" from "more than the limit".
                var wanted = (int)Math.Min(SegmentSize - _lastSegmentFill, limit + 1 - Length);
                var read = await source.ReadAsync(segments[segments.Count - 1], _lastSegmentFill, wanted, cancellationToken).ConfigureAwait(false);
                if (read == 0) return true;
                _lastSegmentFill += read;
                Length += read;
                if (Length > limit)
                {
                    Length = limit;
                    return false;
                }
            }
        }

        public Stream OpenRead() => new SegmentStream(this, Length);

        /// <summary>Copies the whole body into <paramref name="destination"/>, which holds at least <see cref="Length"/> bytes.</summary>
        public void CopyTo(byte[] destination)
        {
            // Counted by Length, not by segment: a body that ended on a segment boundary has one empty segment more.
            var segments = Segments;
            var copied = 0L;
            for (var i = 0; copied < Length; i++)
            {
                var count = (int)Math.Min(SegmentSize, Length - copied);
                Buffer.BlockCopy(segments[i], 0, destination, (int)copied, count);
                copied += count;
            }
        }

        /// <summary>
        /// The whole body as one sequence over its segments, with no copy: a page is read where it was received, and no
        /// page-sized array is rented (one of ~600 KB per page lands on the large-object heap, one per thread that reads).
        /// Valid until the body is disposed.
        /// </summary>
        public ReadOnlySequence<byte> AsSequence()
        {
            // Counted by Length, not by segment, as in CopyTo (a filled body has at least one segment).
            var segments = Segments;
            var first = new Chunk(segments[0], (int)Math.Min(SegmentSize, Length), 0);
            var last = first;
            for (var i = 1; last.RunningIndex + last.Memory.Length < Length; i++)
            {
                var start = last.RunningIndex + last.Memory.Length;
                last = last.Append(segments[i], (int)Math.Min(SegmentSize, Length - start));
            }

            return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
        }

        /// <summary>The first <paramref name="count"/> bytes (or fewer), for error messages and excerpts.</summary>
        public byte[] Head(int count)
        {
            var head = new byte[(int)Math.Min(count, Length)];
            var segments = Segments;
            for (int i = 0, copied = 0; copied < head.Length; i++)
            {
                var take = Math.Min(SegmentSize, head.Length - copied);
                Buffer.BlockCopy(segments[i], 0, head, copied, take);
                copied += take;
            }

            return head;
        }

        public async Task CopyToAsync(Stream destination, CancellationToken cancellationToken)
        {
            var segments = Segments;
            var written = 0L;
            for (var i = 0; written < Length; i++)
            {
                var count = (int)Math.Min(SegmentSize, Length - written);
                await destination.WriteAsync(segments[i], 0, count, cancellationToken).ConfigureAwait(false);
                written += count;
            }
        }

        /// <summary>Returns every segment to the pool exactly once, however often (or from how many threads) it is called.</summary>
        public void Dispose()
        {
            // Taking the list away first leaves nothing for a later or concurrent call to return: a segment returned
            // twice is lent to two later responses at once, and one page's bytes show up inside another's.
            var segments = Interlocked.Exchange(ref _segments, null);
            if (segments is null) return;
            foreach (var segment in segments) _pool.Return(segment);
        }

        // Every reader goes through this, so nothing reads a segment after it went back to the pool (where another
        // response may already be writing into it).
        private List<byte[]> Segments => _segments ?? throw new ObjectDisposedException(nameof(BufferedBody));

        private sealed class Chunk : ReadOnlySequenceSegment<byte>
        {
            public Chunk(byte[] segment, int count, long runningIndex)
            {
                Memory = new ReadOnlyMemory<byte>(segment, 0, count);
                RunningIndex = runningIndex;
            }

            public Chunk Append(byte[] segment, int count)
            {
                var next = new Chunk(segment, count, RunningIndex + Memory.Length);
                Next = next;
                return next;
            }
        }

        private sealed class SegmentStream : Stream
        {
            private readonly BufferedBody _body;
            private readonly long _length;
            private long _position;

            public SegmentStream(BufferedBody body, long length)
            {
                _body = body;
                _length = length;
            }

            public override bool CanRead => true;
            public override bool CanSeek => false;
            public override bool CanWrite => false;
            public override long Length => _length;
            public override long Position { get => _position; set => throw new NotSupportedException(); }

            public override int Read(byte[] buffer, int offset, int count) => Read(new Span<byte>(buffer, offset, count));

            // StreamReader reads through this overload; Stream's own version rents a buffer and copies twice,
            // which made deserializing a buffered page ~15 % slower than from a MemoryStream (measured).
#if NETSTANDARD2_0
            private int Read(Span<byte> buffer)
#else
            public override int Read(Span<byte> buffer)
#endif
            {
                var segments = _body.Segments;
                var copied = 0;
                while (copied < buffer.Length && _position < _length)
                {
                    var segment = segments[(int)(_position / SegmentSize)];
                    var inSegment = (int)(_position % SegmentSize);
                    var take = (int)Math.Min(Math.Min(SegmentSize - inSegment, buffer.Length - copied), _length - _position);
                    new ReadOnlySpan<byte>(segment, inSegment, take).CopyTo(buffer.Slice(copied));
                    copied += take;
                    _position += take;
                }

                return copied;
            }

            public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
                Task.FromResult(Read(buffer, offset, count));

#if !NETSTANDARD2_0
            public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
                new ValueTask<int>(Read(buffer.Span));
#endif

            public override void Flush() { }
            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
            public override void SetLength(long value) => throw new NotSupportedException();
            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        }
    }
}
