namespace Letta.Generated.Simulator
{
    /// <summary>
    /// How the simulator interprets the <c>before</c> and <c>after</c> cursors. Letta's documentation and its
    /// open-source server disagree, so a client must cope with both; the simulator can play either one.
    /// </summary>
    public enum SimulatedCursorReading
    {
        /// <summary>
        /// The open-source server (the default): cursors are chronological whatever the <c>order</c>.
        /// <c>before=X</c> selects rows older than X by (created_at, id), <c>after=X</c> rows newer than X;
        /// both together select a window, and an inverted window is a 400.
        /// </summary>
        Chronological = 0,

        /// <summary>
        /// The documentation's reading: <c>after=X</c> selects the rows that follow X in the requested sort order,
        /// <c>before=X</c> the rows that precede it (the ones nearest X are returned, still in the requested order).
        /// </summary>
        SortOrderRelative = 1,
    }
}
