using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Letta.Generated.Simulator.Internal.Bodies
{
    /// <summary>
    /// <see cref="FaultKind.OversizedPage"/>: a valid JSON array of exactly the requested size, written piece by piece
    /// as it is read (one batch, or one run of padding, at a time), so its size is bounded by nothing but the reader.
    /// </summary>
    internal sealed class GeneratedPageStream : ReadOnlyBodyStream
    {
        private const int PaddingRun = 64 * 1024;
        private static readonly byte[] Spaces = CreateSpaces();
        private static readonly Encoding Utf8 = new UTF8Encoding(false);

        private readonly long _size;
        private readonly bool _ascending;
        private readonly bool _offsetless;
        private readonly SimulatedBatchFactory _factory;
        private readonly CancellationToken _stopping;
        private ReadOnlyMemory<byte> _piece;
        private long _assigned;
        private int _items;
        private bool _itemsDone;

        public GeneratedPageStream(long size, bool ascending, int seed, bool offsetlessCreatedAndUpdatedAt, CancellationToken stopping)
        {
            _stopping = stopping;
            _size = size;
            _ascending = ascending;
            _offsetless = offsetlessCreatedAndUpdatedAt;
            _factory = new SimulatedBatchFactory(seed);
            _piece = new[] { (byte)'[' };
            _assigned = 1;
        }

        protected override ValueTask<int> ReadCoreAsync(Memory<byte> buffer, CancellationToken cancellationToken)
        {
            if (_piece.IsEmpty && !NextPiece())
            {
                return new ValueTask<int>(0);
            }

            var count = Math.Min(buffer.Length, _piece.Length);
            _piece.Slice(0, count).CopyTo(buffer);
            _piece = _piece.Slice(count);
            return new ValueTask<int>(count);
        }

        private static byte[] CreateSpaces()
        {
            var spaces = new byte[PaddingRun];
            spaces.AsSpan().Fill((byte)' ');
            return spaces;
        }

        // Batches while they fit (keeping one byte for the closing bracket), then spaces, then ']'.
        private bool NextPiece()
        {
            // A host that writes on after its client left (WireMock cannot tell) would otherwise generate to the end.
            if (_stopping.IsCancellationRequested)
            {
                throw new IOException("The Letta simulator was stopped while it was sending this body.");
            }

            var remaining = _size - _assigned;
            if (remaining == 0)
            {
                return false;
            }

            if (remaining == 1)
            {
                _piece = new[] { (byte)']' };
            }
            else if (!_itemsDone && NextItem() is { } item && item.Length <= remaining - 1)
            {
                _piece = item;
                _items++;
            }
            else
            {
                _itemsDone = true;
                _piece = Spaces.AsMemory(0, (int)Math.Min(PaddingRun, remaining - 1));
            }

            _assigned += _piece.Length;
            return true;
        }

        private byte[] NextItem()
        {
            var batch = _factory.CreateOne();

            // Listed statuses only, and created_at in the requested order: a page the server could have sent, but huge.
            var step = TimeSpan.FromMilliseconds(_items);
            batch = batch with
            {
                Status = LettaValues.IsListed(batch.Status) ? batch.Status : "running",
                CreatedAt = _ascending ? SimulatedBatchFactory.DefaultEpoch + step : SimulatedBatchFactory.DefaultEpoch - step,
            };
            var json = BatchJsonWriter.WriteObject(batch, _offsetless);
            return Utf8.GetBytes(_items == 0 ? json : "," + json);
        }
    }
}
