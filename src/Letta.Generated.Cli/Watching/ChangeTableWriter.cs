using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Letta.Generated.Cli.Output;

namespace Letta.Generated.Cli.Watching
{
    /// <summary>
    /// <c>--watch</c>'s table, like <c>kubectl get -w</c>: the header at once, then a row per change as it is seen, the
    /// first column saying what happened (appeared, changed, left), the second when (UTC), then the listing table's
    /// columns (<see cref="TableWriter.Cells"/>; for left, as the batch was last listed). The widths are set before
    /// the first poll from a typical row (a Letta id is <c>job-</c> and a UUID), so the header can come first; a longer
    /// value is printed whole and shifts only its own row. In a terminal the columns give way as in the listing.
    /// </summary>
    internal sealed class ChangeTableWriter : IChangeWriter
    {
        private const int EventColumn = 0;
        private const int StatusColumn = 3;
        private static readonly string[] Header = new[] { "EVENT", "SEEN (UTC)" }.Concat(TableWriter.Header).ToArray();

        /// <summary>A typical row: the widths the columns start with (the longest stop reason Letta has today).</summary>
        private static readonly string[] Typical =
        {
            "appeared", "00:00:00", "job-00000000-0000-4000-8000-000000000000", "running", "context_window_overflow_in_system_prompt",
            "2025-01-02T03:04:05Z", "12m 05s", "agent-00000000-0000-4000-8000-000000000000",
        };

        /// <summary>The listing table's order of giving way, two columns on; SEEN goes before STATUS. EVENT and ID stay.</summary>
        private static readonly IReadOnlyList<TableLayout.Step> Steps = TableLayout.Steps
            .Select(s => s with { Column = s.Column + 2 })
            .Take(TableLayout.Steps.Count - 1)
            .Append(new TableLayout.Step(1, null))
            .Append(new TableLayout.Step(StatusColumn, null))
            .ToList();

        private readonly OutputSink _sink;
        private readonly bool _colour;
        private readonly TableLayout _layout;

        public ChangeTableWriter(OutputSink sink, int? width, bool colour)
        {
            _sink = sink;
            _colour = colour;
            _layout = TableLayout.Fit(new[] { Header, Typical }, width, Steps);
        }

        public void Start()
        {
            WriteRow(Header, header: true);
            _sink.Flush();
        }

        public void Write(IReadOnlyList<BatchChange> changes)
        {
            // Every batch is read before anything is written, so a batch that cannot be read leaves no half poll.
            var rows = changes.Select(c => new[] { ChangeWriters.Event(c.Kind), c.At.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture) }
                .Concat(TableWriter.Cells(c.Batch.ToBatchJob())).ToArray()).ToList();
            foreach (var row in rows) WriteRow(row, header: false);
            _sink.Flush();
        }

        private void WriteRow(string[] row, bool header) =>
            _layout.Write(_sink, row, (column, cell) => ColourOf(column, cell, header));

        private string? ColourOf(int column, string cell, bool header)
        {
            if (!_colour) return null;
            if (header) return Colour.Dim;
            return column switch
            {
                EventColumn => cell switch
                {
                    "appeared" => Colour.Green,
                    "changed" => Colour.Yellow,
                    _ => Colour.Dim,
                },
                StatusColumn => Colour.ForStatus(cell),
                _ => null,
            };
        }
    }
}
