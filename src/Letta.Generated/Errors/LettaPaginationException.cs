namespace Letta.Generated
{
    /// <summary>
    /// The server's pages contradict themselves: it ignored a cursor, repeated a page, or returned items
    /// out of order. The enumeration stops instead of looping or yielding a batch twice.
    /// </summary>
    public class LettaPaginationException : LettaException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">What was wrong, naming the cursor.</param>
        /// <param name="cursor">The cursor sent with the offending request, if any.</param>
        public LettaPaginationException(string message, string? cursor)
            : base(message)
        {
            Cursor = cursor;
        }

        /// <summary>The cursor (a batch id) sent with the request whose page was wrong; null for the first page.</summary>
        public string? Cursor { get; }
    }
}
