using System;

namespace Letta.Generated
{
    /// <summary>
    /// A position in the server's order, which is <c>(created_at, id)</c>: the batch a cursor names,
    /// and the comparisons the pager uses to check every page against it.
    /// </summary>
    internal readonly struct PageCursor
    {
        public PageCursor(string id, DateTimeOffset? createdAt)
        {
            Id = id;
            CreatedAt = createdAt;
        }

        public string Id { get; }

        public DateTimeOffset? CreatedAt { get; }

        public static PageCursor Of(BatchJob batch) => new PageCursor(batch.Id, batch.CreatedAt);

        public static PageCursor Of(BatchJson batch) => new PageCursor(batch.Id, batch.CreatedAt);

        /// <summary>
        /// Compares chronologically by <c>(created_at, id)</c>; null when a creation time is missing
        /// and the ids differ, since then the server's order cannot be known.
        /// </summary>
        public int? CompareChronologically(PageCursor other)
        {
            if (string.Equals(Id, other.Id, StringComparison.Ordinal)) return 0;
            if (CreatedAt is not { } mine || other.CreatedAt is not { } theirs) return null;
            var byTime = mine.UtcTicks.CompareTo(theirs.UtcTicks);
            return byTime != 0 ? byTime : string.CompareOrdinal(Id, other.Id);
        }
    }
}
