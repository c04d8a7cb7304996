using System;
using System.IO;
using System.Text;

namespace Letta.Generated.Cli.Output
{
    /// <summary>
    /// Standard output as bytes behind one 64 KiB buffer: json and jsonl copy the server's bytes straight in, the
    /// text formats encode UTF-8 into it. Written through when full and at the end of every page, never per batch.
    /// A failed write stops everything: a closed pipe becomes <see cref="StdoutClosedException"/> (a quiet exit), any
    /// other error a <see cref="StdoutFailedException"/> (exit 1); after either, nothing more is written.
    /// </summary>
    internal sealed class OutputSink
    {
        private const int BufferSize = 64 * 1024;
        private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
        private static readonly byte[] Spaces = Utf8.GetBytes(new string(' ', 64));
        private readonly Stream _stream;
        private readonly byte[] _buffer = new byte[BufferSize];
        private int _used;

        public OutputSink(Stream stream) => _stream = stream;

        /// <summary>True after a write failed: the output is gone.</summary>
        public bool Failed { get; private set; }

        public void Write(ReadOnlySpan<byte> bytes)
        {
            if (bytes.Length > _buffer.Length - _used)
            {
                Drain();
                if (bytes.Length >= _buffer.Length)
                {
                    EnsureWritable();
                    try
                    {
                        _stream.Write(bytes);
                    }
                    catch (IOException exception)
                    {
                        throw Failure(exception);
                    }

                    return;
                }
            }

            bytes.CopyTo(_buffer.AsSpan(_used));
            _used += bytes.Length;
        }

        public void Write(byte value)
        {
            if (_used == _buffer.Length) Drain();
            _buffer[_used++] = value;
        }

        public void Write(string text)
        {
            // Most text is short (a cell, a row): encode in place; a long one goes through a temporary array.
            if (Utf8.GetMaxByteCount(text.Length) <= _buffer.Length - _used)
            {
                _used += Utf8.GetBytes(text, _buffer.AsSpan(_used));
                return;
            }

            Write(Utf8.GetBytes(text));
        }

        /// <summary>Writes <paramref name="count"/> spaces (a table cell's padding) without making a string of them.</summary>
        public void WriteSpaces(int count)
        {
            while (count > 0)
            {
                var run = Math.Min(count, Spaces.Length);
                Write(Spaces.AsSpan(0, run));
                count -= run;
            }
        }

        /// <summary>Pushes everything written so far to the stream (end of a page, end of the output).</summary>
        public void Flush()
        {
            EnsureWritable();
            Drain();
            try
            {
                _stream.Flush();
            }
            catch (IOException exception)
            {
                throw Failure(exception);
            }
        }

        private void Drain()
        {
            if (_used == 0) return;
            var used = _used;
            _used = 0;
            EnsureWritable();
            try
            {
                _stream.Write(_buffer, 0, used);
            }
            catch (IOException exception)
            {
                throw Failure(exception);
            }
        }

        private void EnsureWritable()
        {
            if (Failed) throw new StdoutFailedException(new IOException("Standard output failed earlier."));
        }

        private IOException Failure(IOException exception)
        {
            Failed = true;
            return BrokenPipe.IsCause(exception) ? new StdoutClosedException(exception) : new StdoutFailedException(exception);
        }
    }
}
