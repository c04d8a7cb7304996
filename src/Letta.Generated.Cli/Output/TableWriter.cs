using System;
using System.Collections.Generic;
using System.Linq;

namespace Letta.Generated.Cli.Output
{
    /// <summary>
    /// The default format, for people: ID, STATUS, STOP REASON, CREATED (UTC), DURATION, AGENT in aligned columns,
    /// printed page by page so a listing of any length holds one page in memory. Column widths are set by the first
    /// page; a longer value later is printed whole (never cut: ids must stay copyable) and shifts only its own row.
    /// Server text goes through <see cref="Printable"/>, so a CR or LF in an id cannot break a row.
    /// </summary>
    internal sealed class TableWriter : IBatchWriter
    {
        private const string None = "-";
        private const string Gap = "  ";
        private static readonly string[] Header = { "ID", "STATUS", "STOP REASON", "CREATED (UTC)", "DURATION", "AGENT" };

        private readonly OutputSink _sink;
        private int[]? _widths;

        public TableWriter(OutputSink sink) => _sink = sink;

        public void WritePage(IReadOnlyList<BatchJson> page, int count)
        {
            var rows = BatchReading.Read(page, count).Select(Cells).ToList();
            if (_widths is null)
            {
                _widths = Header.Select((header, column) => Math.Max(header.Length, rows.Count == 0 ? 0 : rows.Max(r => r[column].Length))).ToArray();
                WriteRow(Header);
            }

            foreach (var row in rows) WriteRow(row);
            _sink.Flush();
        }

        public void Finish()
        {
            if (_widths is null)
            {
                // Nothing listed: the header alone still says what would have been shown.
                _widths = Header.Select(h => h.Length).ToArray();
                WriteRow(Header);
            }

            _sink.Flush();
        }

        public void Close() => _sink.Flush();

        private static string[] Cells(BatchJob batch) => new[]
        {
            Printable.Of(batch.Id),
            Printable.Of(batch.Status?.Value) is { Length: > 0 } status ? status : None,
            Printable.Of(batch.StopReason?.Value) is { Length: > 0 } reason ? reason : None,
            batch.CreatedAt is { } created ? BatchCells.Seconds(created) : None,
            batch.TotalDuration is { } duration ? BatchCells.Duration(duration) : None,
            Printable.Of(batch.AgentId) is { Length: > 0 } agent ? agent : None,
        };

        private void WriteRow(string[] cells)
        {
            for (var column = 0; column < cells.Length; column++)
            {
                _sink.Write(cells[column]);
                if (column == cells.Length - 1) break;
                var padding = _widths![column] - cells[column].Length;
                if (padding > 0) _sink.Write(new string(' ', padding));
                _sink.Write(Gap);
            }

            _sink.Write((byte)'\n');
        }
    }
}
