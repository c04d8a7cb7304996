using System;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Text;
using WireMock.Models;

namespace Letta.Generated.Testing.WireMockHost
{
    /// <summary>
    /// Feeds a streamed body to WireMock's Server-Sent-Events path, the one way WireMock.Net writes a body piece by
    /// piece: it writes and flushes each string <see cref="TryRead"/> returns, and ends the body at null. So a stalled
    /// or dripping body really goes out over time, and an oversized one is never held in memory.
    /// </summary>
    /// <remarks>
    /// Limits of that path, which the in-process handler does not have: pieces are strings written as UTF-8, so the
    /// body must be UTF-8 text (every streamed body the simulator makes is JSON) and a piece never ends inside a
    /// character; <see cref="TryRead"/> is synchronous, so a stalled or dripping body holds a server thread until it
    /// ends; and WireMock does not say when the client has gone, so a stalled body is released when the simulator is
    /// disposed. A failed read (a simulated reset) is thrown back into WireMock, which aborts the connection.
    /// </remarks>
    internal sealed class StreamedBodyQueue : IBlockingQueue<string?>
    {
        private const int PieceSize = 16 * 1024;

        private readonly Stream _body;
        private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
        private readonly byte[] _bytes = new byte[PieceSize];
        private readonly char[] _chars = new char[PieceSize + 1];
        private bool _headersSent;
        private bool _ended;

        public StreamedBodyQueue(Stream body)
        {
            _body = body;
        }

        public void Write(string? item) => throw new NotSupportedException("The simulator's body is read, not written.");

        public bool TryRead([NotNullWhen(true)] out string? item)
        {
            if (!_headersSent)
            {
                // An empty first piece makes WireMock flush the status and headers before the body starts.
                _headersSent = true;
                item = string.Empty;
                return true;
            }

            item = _ended ? null : NextPiece();
            return item is not null;
        }

        public void Close() => _body.Dispose();

        private string? NextPiece()
        {
            try
            {
                while (true)
                {
                    var read = _body.Read(_bytes, 0, _bytes.Length);
                    var count = _decoder.GetChars(_bytes, 0, read, _chars, 0, flush: read == 0);
                    if (read == 0)
                    {
                        End();
                        return count > 0 ? new string(_chars, 0, count) : null;
                    }

                    if (count > 0)
                    {
                        return new string(_chars, 0, count);
                    }
                }
            }
            catch (Exception)
            {
                // Propagates into WireMock's response writing, which then drops the connection mid-body.
                End();
                throw;
            }
        }

        private void End()
        {
            _ended = true;
            _body.Dispose();
        }
    }
}
