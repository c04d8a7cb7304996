using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Letta.Generated
{
    /// <summary>
    /// A read-only pass-through stream that remembers the first bytes read through it, so a body that
    /// fails to parse can be quoted in the exception without buffering the whole body up front.
    /// </summary>
    internal sealed class ExcerptRecordingStream : Stream
    {
        private readonly Stream _inner;
        private readonly byte[] _excerpt;
        private int _recorded;

        public ExcerptRecordingStream(Stream inner, int excerptBytes)
        {
            _inner = inner;
            _excerpt = new byte[excerptBytes];
        }

        /// <summary>The first bytes of the body (as UTF-8 text), up to the excerpt size.</summary>
        public string Excerpt => Encoding.UTF8.GetString(_excerpt, 0, _recorded);

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Record(buffer, offset, _inner.Read(buffer, offset, count));

        public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Record(buffer, offset, await _inner.ReadAsync(buffer, offset, count, cancellationToken).ConfigureAwait(false));

        private int Record(byte[] buffer, int offset, int read)
        {
            var take = Math.Min(read, _excerpt.Length - _recorded);
            if (take > 0)
            {
                Buffer.BlockCopy(buffer, offset, _excerpt, _recorded, take);
                _recorded += take;
            }
            return read;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) _inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
