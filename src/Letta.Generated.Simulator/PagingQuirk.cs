namespace Letta.Generated.Simulator
{
    /// <summary>
    /// Deliberate paging misbehaviour, to check that a client's pager terminates and does not duplicate items
    /// when a server (or a proxy cache in front of it) gets cursors wrong.
    /// </summary>
    public enum PagingQuirk
    {
        /// <summary>Cursors work as the configured <see cref="SimulatedCursorReading"/> says.</summary>
        None = 0,

        /// <summary>
        /// <c>before</c> and <c>after</c> are ignored entirely (not even looked up), so every request is answered
        /// with the first page: a pager that trusts the server loops forever.
        /// </summary>
        IgnoreCursors = 1,

        /// <summary>
        /// Every successful listing is served twice: the request that follows a page gets that same page again,
        /// the one after it is answered normally, and so on. The cursor a client derives from the repeated page
        /// does not advance.
        /// </summary>
        RepeatEachPageOnce = 2,
    }
}
