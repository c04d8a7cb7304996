namespace Letta.Generated.Cli.Options
{
    /// <summary>How the listed batches are written to standard output. Every format streams page by page.</summary>
    internal enum OutputFormat
    {
        /// <summary>For people: aligned columns, UTC, readable durations, control characters made visible.</summary>
        Table,

        /// <summary>One JSON array of the batches exactly as the server sent them.</summary>
        Json,

        /// <summary>JSON Lines: one batch per line, exactly as the server sent it.</summary>
        Jsonl,

        /// <summary>RFC 4180 CSV for people: UTC, readable durations.</summary>
        Csv,

        /// <summary>Only the number of batches.</summary>
        Count,
    }
}
