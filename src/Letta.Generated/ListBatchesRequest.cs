namespace Letta.Generated
{
    /// <summary>
    /// The query of one List Batches request (one page, as the server sends it). For every batch
    /// across pages, use <see cref="ILettaClient.ListAllBatchesAsync"/> instead.
    /// </summary>
    public sealed record ListBatchesRequest
    {
        /// <summary>A batch id: only batches before it (see the README on the server's two cursor readings).</summary>
        public string? Before { get; init; }

        /// <summary>A batch id: only batches after it (see the README on the server's two cursor readings).</summary>
        public string? After { get; init; }

        /// <summary>How many batches at most; null for the server's default (100). <c>0</c> means no limit at all.</summary>
        public int? Limit { get; init; }

        /// <summary>By creation time; null for the server's default (<see cref="SortOrder.Desc"/>, newest first).</summary>
        public SortOrder? Order { get; init; }

        /// <summary>The sort field; the server accepts only <see cref="BatchSortField.CreatedAt"/> and ignores it.</summary>
        public BatchSortField? OrderBy { get; init; }

        internal void Validate()
        {
            if (Before is not null && Before.Trim().Length == 0)
            {
                throw new System.ArgumentException("Before must be a batch id or null, not empty.", nameof(Before));
            }
            if (After is not null && After.Trim().Length == 0)
            {
                throw new System.ArgumentException("After must be a batch id or null, not empty.", nameof(After));
            }
            if (Limit < 0)
            {
                throw new System.ArgumentOutOfRangeException(nameof(Limit), Limit, "Limit must be 0 (no limit) or more.");
            }
            if (Order is { } order && order.Value.Length == 0)
            {
                throw new System.ArgumentException("Order must be asc or desc, not default(SortOrder).", nameof(Order));
            }
        }

        /// <summary>The cursor this request sends (for error messages), or null.</summary>
        internal string? Cursor => After ?? Before;
    }
}
