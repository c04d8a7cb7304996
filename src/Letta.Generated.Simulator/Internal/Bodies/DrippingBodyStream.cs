using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Letta.Generated.Simulator.Internal.Bodies
{
    /// <summary>
    /// <see cref="FaultKind.DrippingBody"/>: the real body, a few bytes per interval of a <see cref="TimeProvider"/>.
    /// </summary>
    /// <remarks>
    /// The clock is a periodic timer armed when the response is built, before its headers go out, and each tick
    /// releases one drip. So once a client has the headers (or a drip), the next tick is already armed: a test that
    /// then advances a fake clock by one interval gets exactly one more drip, whichever thread serves the body. Drips
    /// the reader has not collected yet wait, as bytes wait in a socket's buffer.
    /// </remarks>
    internal sealed class DrippingBodyStream : ReadOnlyBodyStream
    {
        private readonly Stream _inner;
        private readonly BodyCancellation _cancellation;
        private readonly SemaphoreSlim _drips = new(0);
        private readonly ITimer _clock;
        private readonly CancellationTokenRegistration _stopClockWithServer;
        private readonly byte[] _drip;
        private int _dripOffset;
        private int _dripLength;

        public DrippingBodyStream(Stream inner, int bytesPerDrip, TimeSpan interval, TimeProvider timeProvider, BodyCancellation cancellation)
        {
            _inner = inner;
            _cancellation = cancellation;
            _drip = new byte[bytesPerDrip];
            _clock = timeProvider.CreateTimer(_ => _drips.Release(), null, interval, interval);

            // A body nobody reads to the end must not leave a periodic timer running past the simulator's life.
            _stopClockWithServer = cancellation.Stopping.Register(() => _clock.Dispose());
        }

        protected override async ValueTask<int> ReadCoreAsync(Memory<byte> buffer, CancellationToken cancellationToken)
        {
            if (_dripOffset == _dripLength)
            {
                // Read the next drip's bytes first, so the end of the body is known without waiting another interval.
                _dripLength = await FillAsync(_drip, cancellationToken).ConfigureAwait(false);
                _dripOffset = 0;
                if (_dripLength == 0)
                {
                    _clock.Dispose();
                    return 0;
                }

                await _cancellation.WaitAsync(token => _drips.WaitAsync(token), cancellationToken, Disposing).ConfigureAwait(false);
            }

            var count = Math.Min(buffer.Length, _dripLength - _dripOffset);
            _drip.AsMemory(_dripOffset, count).CopyTo(buffer);
            _dripOffset += count;
            return count;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _clock.Dispose();
                _stopClockWithServer.Dispose();
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private async Task<int> FillAsync(byte[] target, CancellationToken cancellationToken)
        {
            var filled = 0;
            while (filled < target.Length)
            {
                var read = await _inner.ReadAsync(target.AsMemory(filled), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                filled += read;
            }

            return filled;
        }
    }
}
