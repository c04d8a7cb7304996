using System;
using System.IO;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace Letta.Generated.Simulator.Internal.Bodies
{
    /// <summary>
    /// <see cref="FaultKind.ConnectionReset"/>: the first bytes of the real body, then an <see cref="IOException"/>
    /// wrapping a <see cref="SocketException"/> (connection reset), which is what reading a dropped connection gives.
    /// </summary>
    internal sealed class ResettingBodyStream : ReadOnlyBodyStream
    {
        private readonly Stream _inner;
        private readonly long _resetAfter;
        private long _sent;

        public ResettingBodyStream(Stream inner, long resetAfter)
        {
            _inner = inner;
            _resetAfter = resetAfter;
        }

        protected override async ValueTask<int> ReadCoreAsync(Memory<byte> buffer, CancellationToken cancellationToken)
        {
            if (_sent < _resetAfter)
            {
                var read = await _inner.ReadAsync(buffer.Slice(0, (int)Math.Min(buffer.Length, _resetAfter - _sent)), cancellationToken).ConfigureAwait(false);
                if (read > 0)
                {
                    _sent += read;
                    return read;
                }
            }

            throw new IOException(
                $"The simulated connection was reset after {_sent} body bytes.",
                new SocketException((int)SocketError.ConnectionReset));
        }

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
