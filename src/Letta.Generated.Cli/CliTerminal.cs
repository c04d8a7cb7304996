using System;
using System.Globalization;

namespace Letta.Generated.Cli
{
    /// <summary>What the standard streams are attached to; tests use <see cref="Redirected"/>.</summary>
    /// <param name="StdoutIsTerminal">Whether standard output is an interactive terminal.</param>
    /// <param name="StderrIsTerminal">Whether standard error is an interactive terminal (the progress line needs one).</param>
    /// <param name="Columns">The terminal's width in columns, when stdout is a terminal and the width is known.</param>
    internal sealed record CliTerminal(bool StdoutIsTerminal, bool StderrIsTerminal, int? Columns = null)
    {
        /// <summary>The width <c>--help</c> wraps to when nothing says otherwise.</summary>
        public const int DefaultColumns = 80;

        /// <summary>Both streams redirected (files, pipes or test buffers): no progress line, no colour, rows whole.</summary>
        public static CliTerminal Redirected { get; } = new(false, false);

        /// <summary>
        /// The width the table fits, or null for "do not fit": only when stdout is a terminal, and then <c>COLUMNS</c>
        /// (when set to a positive number) wins over the terminal's own width, as in most Unix tools.
        /// </summary>
        public int? TableWidth(Func<string, string?> environment) =>
            StdoutIsTerminal ? ColumnsVariable(environment) ?? Columns : null;

        /// <summary><c>--help</c>'s width: <c>COLUMNS</c>, else the terminal's width, else 80 (also when piped).</summary>
        public int HelpWidth(Func<string, string?> environment) =>
            ColumnsVariable(environment) ?? (StdoutIsTerminal ? Columns : null) ?? DefaultColumns;

        private static int? ColumnsVariable(Func<string, string?> environment) =>
            int.TryParse(environment("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns > 0 ? columns : null;
    }
}
