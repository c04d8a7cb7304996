namespace Letta.Generated.Cli.Listing
{
    /// <summary>How far a listing got: kept up to date page by page, so an interrupted listing can say where to resume.</summary>
    internal sealed class ListingState
    {
        /// <summary>Batches written so far.</summary>
        public long Items { get; set; }

        /// <summary>Pages received so far.</summary>
        public int Pages { get; set; }

        /// <summary>The continuation token after the last page written, or null (none yet, or the listing is complete).</summary>
        public string? ResumeToken { get; set; }

        /// <summary>Whether the listing stopped early because of <c>--max-items</c> (with more batches left).</summary>
        public bool StoppedByMaxItems { get; set; }
    }
}
