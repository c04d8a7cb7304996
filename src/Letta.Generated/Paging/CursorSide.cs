namespace Letta.Generated
{
    /// <summary>Where a page's batches lie relative to the cursor, in the requested sort order.</summary>
    internal enum CursorSide
    {
        /// <summary>The page is empty.</summary>
        None,

        /// <summary>Every batch comes after the cursor: the next page.</summary>
        Beyond,

        /// <summary>Every batch comes before the cursor: already listed, or newer than the listing.</summary>
        Behind,
    }
}
