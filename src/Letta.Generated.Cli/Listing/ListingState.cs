namespace Letta.Generated.Cli.Listing
{
    /// <summary>How far a listing got, kept up to date page by page, so a listing that stops can say where to resume.</summary>
    internal sealed class ListingState
    {
        /// <summary>Batches written so far.</summary>
        public long Items { get; set; }

        /// <summary>Pages written so far.</summary>
        public int Pages { get; set; }

        /// <summary>The token that resumes right after the last page written; null before the first page and once the listing is complete.</summary>
        public string? ResumeToken { get; set; }

        /// <summary>Whether <c>--max-items</c> stopped the listing with batches left.</summary>
        public bool StoppedByMaxItems { get; set; }
    }
}
