using System.Threading.Tasks;

namespace Letta.Generated.Cli.Output
{
    /// <summary>Writes listed batches to standard output in one format, one batch at a time.</summary>
    internal interface IBatchWriter
    {
        /// <summary>Writes (or, for the table, keeps) one batch.</summary>
        void Write(BatchJob batch);

        /// <summary>Pushes what was written so far to the stream; called after every page.</summary>
        Task FlushAsync();

        /// <summary>Finishes the output (closes the JSON array, renders the table, prints the count) and flushes.</summary>
        Task CompleteAsync();
    }
}
