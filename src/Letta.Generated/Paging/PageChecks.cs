using System.Collections.Generic;

namespace Letta.Generated
{
    /// <summary>The checks that keep the pager from looping or listing a batch twice.</summary>
    internal static class PageChecks
    {
        /// <summary>Throws unless the page is strictly in the requested order (no repeats).</summary>
        public static void CheckOrder(IReadOnlyList<PageCursor> page, SortOrder order, string? cursor)
        {
            for (var i = 1; i < page.Count; i++)
            {
                var previous = page[i - 1];
                var current = page[i];
                var comparison = current.CompareChronologically(previous);
                if (comparison == 0)
                {
                    throw new LettaPaginationException("The page " + Describe(cursor) + " lists batch '" + current.Id + "' twice.", cursor);
                }
                if (comparison is { } c && (order == SortOrder.Desc ? c > 0 : c < 0))
                {
                    throw new LettaPaginationException(
                        "The page " + Describe(cursor) + " is not in " + order + " order: batch '" + current.Id + "' follows '" + previous.Id + "'.", cursor);
                }
            }
        }

        /// <summary>
        /// Which side of the cursor the page lies on. Throws when the page holds the cursor's own batch
        /// (the server ignored the cursor) or batches on both sides.
        /// </summary>
        public static CursorSide SideOfCursor(IReadOnlyList<PageCursor> page, PageCursor cursor, SortOrder order, ListingGuard guard)
        {
            var beyond = 0;
            var behind = 0;
            foreach (var position in page)
            {
                var comparison = position.CompareChronologically(cursor);
                if (comparison == 0)
                {
                    throw new LettaPaginationException(
                        "The page after batch '" + cursor.Id + "' lists that batch again: the server ignored the cursor or repeated a page. Stopped so no batch is listed twice.", cursor.Id);
                }
                var isBeyond = comparison is { } c
                    ? (order == SortOrder.Desc ? c < 0 : c > 0)
                      : !guard.HasSeen(position.Id); // no creation time: only a repeat is evidence
                if (isBeyond) beyond++;
                else behind++;
            }
            if (beyond > 0 && behind > 0)
            {
                throw new LettaPaginationException(
                    "The page after batch '" + cursor.Id + "' holds batches on both sides of it in " + order + " order: the server's pages are inconsistent.", cursor.Id);
            }
            return beyond > 0 ? CursorSide.Beyond : behind > 0 ? CursorSide.Behind : CursorSide.None;
        }

        private static string Describe(string? cursor) => cursor is null ? "(first page)" : "after cursor '" + cursor + "'";
    }
}
