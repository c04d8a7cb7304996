using System.Globalization;
using System.IO;

namespace Letta.Generated.Cli.Listing
{
    /// <summary>
    /// "Listing… N batches, M pages" on stderr, redrawn in place after every page. Only when stderr is a terminal and
    /// the results do not go to the same terminal (every format but count streams there, and the two would garble
    /// each other). Plain text and two ANSI sequences, so no console library is loaded for it.
    /// </summary>
    internal sealed class ProgressLine
    {
        private readonly TextWriter _stderr;
        private bool _drawn;

        private ProgressLine(TextWriter stderr) => _stderr = stderr;

        /// <summary>A line for this run, or null when none is wanted.</summary>
        public static ProgressLine? For(CliTerminal terminal, bool resultsToStdoutAsTheyCome, TextWriter stderr) =>
            terminal.StderrIsTerminal && !(terminal.StdoutIsTerminal && resultsToStdoutAsTheyCome) ? new ProgressLine(stderr) : null;

        public void Update(ListingState state)
        {
            _drawn = true;
            _stderr.Write(string.Format(CultureInfo.InvariantCulture, "\rListing… {0:N0} batches, {1:N0} pages\u001b[K", state.Items, state.Pages));
            _stderr.Flush();
        }

        /// <summary>Erases the line, so notes and errors start on a clean line.</summary>
        public void Clear()
        {
            if (!_drawn) return;
            _drawn = false;
            _stderr.Write("\r\u001b[K");
            _stderr.Flush();
        }
    }
}
