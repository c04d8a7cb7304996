namespace Letta.Generated.Cli.Listing
{
    /// <summary>What to list, resolved from the command line.</summary>
    /// <param name="Order">By creation time.</param>
    /// <param name="PageSize">Batches per request.</param>
    /// <param name="MaxItems">Stop after this many, or null for all.</param>
    /// <param name="ContinuationToken">Resume after the page this token came from, or null.</param>
    internal sealed record ListingRequest(SortOrder Order, int PageSize, long? MaxItems, string? ContinuationToken);
}
