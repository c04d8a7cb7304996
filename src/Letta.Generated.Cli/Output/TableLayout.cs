using System;
using System.Collections.Generic;
using System.Linq;

namespace Letta.Generated.Cli.Output
{
    /// <summary>
    /// How a table fits a terminal's width: which columns stay and how wide each is. Column 0 (the id) is never
    /// cut nor dropped, so it stays copyable; the other columns give way in <see cref="Steps"/>' order until the
    /// rows fit. A value longer than its column's width is cut with "…" only in a column that was shortened.
    /// Reusable by anything that prints batch rows (a watch view): <see cref="Fit"/> maps rows and a width to a layout.
    /// </summary>
    internal sealed class TableLayout
    {
        /// <summary>An ellipsis marks a cut value.</summary>
        public const string Ellipsis = "…";

        private const string Gap = "  ";
        private const int GapWidth = 2; // Gap.Length

        private TableLayout(int[] columns, int[] widths, bool[] shortened)
        {
            Columns = columns;
            Widths = widths;
            Shortened = shortened;
        }

        /// <summary>The indexes of the columns kept, in their order.</summary>
        public IReadOnlyList<int> Columns { get; }

        /// <summary>The width of each kept column (same order as <see cref="Columns"/>).</summary>
        public IReadOnlyList<int> Widths { get; }

        /// <summary>Whether each kept column was shortened (its longer values are cut).</summary>
        public IReadOnlyList<bool> Shortened { get; }

        /// <summary>One step of giving way: shorten a column to at least <paramref name="MinWidth"/>, or drop it (MinWidth null).</summary>
        public sealed record Step(int Column, int? MinWidth);

        /// <summary>
        /// The batch table's order of giving way: STOP REASON shortened (down to its header's width), then AGENT dropped
        /// (an id: never cut), DURATION dropped, STOP REASON dropped, CREATED dropped, STATUS dropped. ID always stays.
        /// </summary>
        public static IReadOnlyList<Step> Steps { get; } = new[]
        {
            new Step(2, "STOP REASON".Length),
            new Step(5, null),
            new Step(4, null),
            new Step(2, null),
            new Step(3, null),
            new Step(1, null),
        };

        /// <summary>
        /// The layout for <paramref name="rows"/> (the header first) in <paramref name="width"/> columns, giving way as
        /// <paramref name="steps"/> say; null width: every column, as wide as its longest value.
        /// </summary>
        public static TableLayout Fit(IReadOnlyList<string[]> rows, int? width, IReadOnlyList<Step> steps)
        {
            var count = rows[0].Length;
            var natural = Enumerable.Range(0, count).Select(c => rows.Max(r => r[c].Length)).ToArray();
            var widths = (int[])natural.Clone();
            var kept = Enumerable.Repeat(true, count).ToArray();
            int Total() => Enumerable.Range(0, count).Where(c => kept[c]).Sum(c => widths[c]) + (GapWidth * (kept.Count(k => k) - 1));

            if (width is { } available)
            {
                foreach (var step in steps)
                {
                    var overflow = Total() - available;
                    if (overflow <= 0) break;
                    if (!kept[step.Column]) continue;
                    if (step.MinWidth is { } min) widths[step.Column] = Math.Min(widths[step.Column], Math.Max(min, widths[step.Column] - overflow));
                    else kept[step.Column] = false;
                }

                // A column shortened before later ones were dropped gets the room they left back.
                foreach (var column in Enumerable.Range(0, count).Where(c => kept[c] && widths[c] < natural[c]))
                {
                    widths[column] = Math.Min(natural[column], widths[column] + Math.Max(0, available - Total()));
                }
            }

            var columns = Enumerable.Range(0, count).Where(c => kept[c]).ToArray();
            return new TableLayout(columns, columns.Select(c => widths[c]).ToArray(), columns.Select(c => widths[c] < natural[c]).ToArray());
        }

        /// <summary>Fits rows (the header first) to a width: the kept cells, shortened where their column was, unpadded.</summary>
        public static IReadOnlyList<string[]> FitRows(IReadOnlyList<string[]> rows, int? width, IReadOnlyList<Step> steps)
        {
            var layout = Fit(rows, width, steps);
            return rows.Select(layout.Apply).ToList();
        }

        /// <summary>A row's kept cells, each cut to its column's width where the column was shortened.</summary>
        /// <summary>
        /// Writes one row as this layout shows it: cells padded to their column's width (no string made of the spaces),
        /// two spaces between columns, the last cell unpadded. <paramref name="colourOf"/> gives a cell's colour by its
        /// original column (padding stays outside the colour, so columns line up).
        /// </summary>
        public void Write(OutputSink sink, string[] row, Func<int, string, string?> colourOf)
        {
            var cells = Apply(row);
            for (var column = 0; column < cells.Length; column++)
            {
                sink.Write(Colour.Paint(cells[column], colourOf(Columns[column], cells[column])));
                if (column == cells.Length - 1) break;
                var padding = Widths[column] - cells[column].Length;
                if (padding > 0) sink.WriteSpaces(padding);
                sink.Write(Gap);
            }

            sink.Write((byte)'\n');
        }

        public string[] Apply(string[] row)
        {
            var cells = new string[Columns.Count];
            for (var i = 0; i < cells.Length; i++)
            {
                var cell = row[Columns[i]];
                cells[i] = Shortened[i] && cell.Length > Widths[i] ? string.Concat(cell.AsSpan(0, Widths[i] - Ellipsis.Length), Ellipsis) : cell;
            }

            return cells;
        }
    }
}
