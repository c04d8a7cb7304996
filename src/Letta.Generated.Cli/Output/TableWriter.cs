using System.Collections.Generic;
using System.Linq;

namespace Letta.Generated.Cli.Output
{
    /// <summary>
    /// The default format, for people: ID, STATUS, STOP REASON, CREATED (UTC), DURATION, AGENT in aligned columns,
    /// printed page by page so a listing of any length holds one page in memory. Column widths are set by the first
    /// page; a longer value later is printed whole (never cut: ids must stay copyable) and shifts only its own row.
    /// In a terminal (a width given) the columns give way as <see cref="TableLayout.Steps"/> say until the first
    /// page fits; later pages keep that layout. Colour, when wanted, goes on the status only (padding stays right).
    /// Server text goes through <see cref="Printable"/>, so a CR or LF in an id cannot break a row.
    /// </summary>
    internal sealed class TableWriter : IBatchWriter
    {
        private const string None = "-";
        private const int StatusColumn = 1;
        public static readonly string[] Header = { "ID", "STATUS", "STOP REASON", "CREATED (UTC)", "DURATION", "AGENT" };

        private readonly OutputSink _sink;
        private readonly int? _width;
        private readonly bool _colour;
        private TableLayout? _layout;

        public TableWriter(OutputSink sink, int? width = null, bool colour = false)
        {
            _sink = sink;
            _width = width;
            _colour = colour;
        }

        public void WritePage(IReadOnlyList<BatchJson> page, int count)
        {
            // Each batch becomes its cells as soon as it is read: the page's models are garbage at once, and only the
            // rows (a few short strings each) live until the page is written. Still every batch is read before any
            // row is written, so a batch that cannot be read fails the page as a whole.
            var rows = BatchReading.Read(page, count, Cells);
            if (_layout is null)
            {
                _layout = TableLayout.Fit(new[] { Header }.Concat(rows).ToList(), _width, TableLayout.Steps);
                WriteRow(Header, header: true);
            }

            foreach (var row in rows) WriteRow(row, header: false);
            _sink.Flush();
        }

        public void Finish()
        {
            if (_layout is null)
            {
                // Nothing listed: the header alone still says what would have been shown.
                _layout = TableLayout.Fit(new[] { Header }, _width, TableLayout.Steps);
                WriteRow(Header, header: true);
            }

            _sink.Flush();
        }

        public void Close() => _sink.Flush();

        /// <summary>A batch's cells, in <see cref="Header"/>'s order (the watch's table shows the same).</summary>
        public static string[] Cells(BatchJob batch) => new[]
        {
            Printable.Of(batch.Id),
            Printable.Of(batch.Status?.Value) is { Length: > 0 } status ? status : None,
            Printable.Of(batch.StopReason?.Value) is { Length: > 0 } reason ? reason : None,
            batch.CreatedAt is { } created ? BatchCells.Seconds(created) : None,
            batch.TotalDuration is { } duration ? BatchCells.Duration(duration) : None,
            Printable.Of(batch.AgentId) is { Length: > 0 } agent ? agent : None,
        };

        private void WriteRow(string[] row, bool header) =>
            _layout!.Write(_sink, row, (column, cell) => !_colour ? null : header ? Colour.Dim : column == StatusColumn ? Colour.ForStatus(cell) : null);
    }
}
