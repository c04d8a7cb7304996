using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Letta.Generated.Simulator.Internal.Bodies
{
    /// <summary>
    /// <see cref="FaultKind.StalledBody"/>: the first bytes of the real body, then a read that never completes until
    /// something cancels it (see <see cref="BodyCancellation"/>).
    /// </summary>
    internal sealed class StalledBodyStream : ReadOnlyBodyStream
    {
        private readonly Stream _inner;
        private readonly BodyCancellation _cancellation;
        private long _beforeStall;

        public StalledBodyStream(Stream inner, long beforeStall, BodyCancellation cancellation)
        {
            _inner = inner;
            _beforeStall = beforeStall;
            _cancellation = cancellation;
        }

        protected override async ValueTask<int> ReadCoreAsync(Memory<byte> buffer, CancellationToken cancellationToken)
        {
            if (_beforeStall > 0)
            {
                var read = await _inner.ReadAsync(buffer.Slice(0, (int)Math.Min(buffer.Length, _beforeStall)), cancellationToken).ConfigureAwait(false);
                if (read > 0)
                {
                    _beforeStall -= read;
                    return read;
                }
            }

            // Even a body shorter than the bytes before the stall never ends: the server went quiet mid-response.
            await _cancellation.WaitAsync(token => Task.Delay(Timeout.InfiniteTimeSpan, token), cancellationToken, Disposing).ConfigureAwait(false);
            throw new InvalidOperationException("A stalled body cannot complete.");
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
