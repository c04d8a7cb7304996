using System;
using System.IO;

namespace Letta.Generated.Cli.Tests.Support
{
    /// <summary>
    /// A stdout that records what reached it and can act at a flush (the tool flushes once per page): fail as a pipe
    /// whose reader left (EPIPE), or run a test's hook.
    /// </summary>
    internal sealed class RecordingStream : Stream
    {
        private readonly MemoryStream _written = new();

        /// <summary>Called at every flush with the flush's number (1-based) before anything happens.</summary>
        public Action<int>? OnFlush { get; init; }

        /// <summary>From this flush on, writes and flushes fail (with <see cref="Error"/>); 0 never.</summary>
        public int BreakAtFlush { get; init; }

        /// <summary>What a failed write throws; EPIPE (the reader left) by default.</summary>
        public Func<IOException> Error { get; init; } = () => new IOException("Broken pipe", 32);

        /// <summary>Set by the first failed write: how many requests the server had received then.</summary>
        public Func<int>? RequestCounter { get; init; }

        public int? RequestsWhenBroken { get; private set; }

        public int Flushes { get; private set; }

        public byte[] Written => _written.ToArray();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            ThrowIfBroken();
            _written.Write(buffer);
        }

        public override void Flush()
        {
            Flushes++;
            OnFlush?.Invoke(Flushes);
            ThrowIfBroken();
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        private void ThrowIfBroken()
        {
            if (BreakAtFlush == 0 || Flushes < BreakAtFlush) return;
            RequestsWhenBroken ??= RequestCounter?.Invoke();
            throw Error();
        }
    }
}
