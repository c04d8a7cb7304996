namespace Letta.Generated
{
    /// <summary>How the server reads <c>before</c>/<c>after</c>. The two readings differ only for <see cref="SortOrder.Desc"/>.</summary>
    public enum CursorReading
    {
        /// <summary>Detect it from the pages (at most one extra request per listing). The default.</summary>
        Auto = 0,

        /// <summary>The open-source Letta server: <c>before</c> = older, <c>after</c> = newer, whatever the order.</summary>
        Chronological = 1,

        /// <summary>The documentation's reading: <c>after</c> = next in the requested sort order.</summary>
        SortOrderRelative = 2,
    }
}
