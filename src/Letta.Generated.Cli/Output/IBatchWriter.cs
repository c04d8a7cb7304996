using System.Collections.Generic;

namespace Letta.Generated.Cli.Output
{
    /// <summary>Writes a listing to standard output, one page at a time; nothing is kept from one page to the next.</summary>
    internal interface IBatchWriter
    {
        /// <summary>Writes the first <paramref name="count"/> batches of a page, then pushes them to stdout.</summary>
        /// <exception cref="LettaResponseException">A batch cannot be read (table and csv read every field); nothing of the page was written.</exception>
        void WritePage(IReadOnlyList<BatchJson> page, int count);

        /// <summary>The listing is complete: finish the output (close the array, print the count) and flush.</summary>
        void Finish();

        /// <summary>The listing stopped early (error, Ctrl+C, SIGTERM): leave what was written well-formed and flush.</summary>
        void Close();
    }
}
