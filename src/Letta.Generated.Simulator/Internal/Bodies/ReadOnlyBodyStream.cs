using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Letta.Generated.Simulator.Internal.Bodies
{
    /// <summary>
    /// The plumbing every simulated body shares: a forward-only, read-only stream whose reads are asynchronous at
    /// heart (synchronous reads block on them, as Json.NET's reader does). Disposing it releases a pending read, as
    /// disposing a real response aborts its connection.
    /// </summary>
    internal abstract class ReadOnlyBodyStream : Stream
    {
        private readonly CancellationTokenSource _disposing = new();
        private int _disposed;

        public override bool CanRead => Volatile.Read(ref _disposed) == 0;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException("A simulated body is read forward only.");

        public override long Position
        {
            get => throw new NotSupportedException("A simulated body is read forward only.");
            set => throw new NotSupportedException("A simulated body is read forward only.");
        }

        /// <summary>Cancelled when the stream is disposed, so a waiting read can end.</summary>
        protected CancellationToken Disposing => _disposing.Token;

        public sealed override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (Volatile.Read(ref _disposed) != 0)
            {
                throw new ObjectDisposedException(GetType().Name);
            }

            cancellationToken.ThrowIfCancellationRequested();
            return buffer.Length == 0 ? 0 : await ReadCoreAsync(buffer, cancellationToken).ConfigureAwait(false);
        }

        public sealed override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public sealed override int Read(byte[] buffer, int offset, int count) =>
            ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("A simulated body is read forward only.");

        public override void SetLength(long value) => throw new NotSupportedException("A simulated body is read-only.");

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("A simulated body is read-only.");

        /// <summary>Reads at least one byte into a non-empty buffer, or returns 0 at the end of the body.</summary>
        protected abstract ValueTask<int> ReadCoreAsync(Memory<byte> buffer, CancellationToken cancellationToken);

        protected override void Dispose(bool disposing)
        {
            if (disposing && Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                _disposing.Cancel();
            }

            base.Dispose(disposing);
        }
    }
}
