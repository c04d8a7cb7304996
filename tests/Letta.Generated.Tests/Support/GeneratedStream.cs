using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Letta.Generated.Tests.Support
{
    /// <summary>
    /// A forward-only body over lazily produced segments that counts what was read, so a test never holds the
    /// body either. A segment function may throw (a connection that drops) or wait (a server that stalls).
    /// </summary>
    internal sealed class GeneratedStream : Stream
    {
        private readonly IEnumerator<Func<CancellationToken, Task<byte[]>>> _segments;
        private byte[] _current = Array.Empty<byte>();
        private int _offset;

        public GeneratedStream(IEnumerable<Func<byte[]>> segments)
            : this(Wrap(segments))
        {
        }

        public GeneratedStream(IEnumerable<Func<CancellationToken, Task<byte[]>>> segments) => _segments = segments.GetEnumerator();

        public long BytesRead { get; private set; }

        public bool Disposed { get; private set; }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, default).GetAwaiter().GetResult();

        public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            while (_offset == _current.Length)
            {
                if (!_segments.MoveNext()) return 0;
                _current = await _segments.Current(cancellationToken).ConfigureAwait(false);
                _offset = 0;
            }

            var take = Math.Min(count, _current.Length - _offset);
            Buffer.BlockCopy(_current, _offset, buffer, offset, take);
            _offset += take;
            BytesRead += take;
            return take;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }

        private static IEnumerable<Func<CancellationToken, Task<byte[]>>> Wrap(IEnumerable<Func<byte[]>> segments)
        {
            foreach (var segment in segments) yield return _ => Task.FromResult(segment());
        }
    }
}
