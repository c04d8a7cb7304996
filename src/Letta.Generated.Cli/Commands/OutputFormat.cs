namespace Letta.Generated.Cli.Commands
{
    /// <summary>How the listed batches are written to standard output.</summary>
    public enum OutputFormat
    {
        /// <summary>A table for people: id, status, stop reason, created, duration, agent.</summary>
        Table,

        /// <summary>One JSON array of the full batch objects, streamed.</summary>
        Json,

        /// <summary>JSON Lines: one full batch object per line, streamed as pages arrive.</summary>
        Jsonl,

        /// <summary>CSV with a header row, streamed.</summary>
        Csv,

        /// <summary>Only the number of batches.</summary>
        Count,
    }
}
