using System.Collections.Generic;

namespace Letta.Generated
{
    /// <summary>
    /// What keeps one listing exactly-once whatever the server sends: every page is strictly in the requested
    /// order and holds no id yielded before (<see cref="IdFingerprints"/>; this catches an id sent again with
    /// another <c>created_at</c>, and pages without creation times that repeat), and (checked by the pager with
    /// <see cref="PageChecks.SideOfCursor"/>) lies wholly beyond its cursor. Anything else ends the listing with a
    /// <see cref="LettaPaginationException"/> before the page is yielded: never a loop, never a duplicate.
    /// </summary>
    internal sealed class ListingGuard : System.IDisposable
    {
        private readonly SortOrder _order;
        private readonly IdFingerprints _seen = new IdFingerprints();

        public ListingGuard(SortOrder order)
        {
            _order = order;
        }

        public bool HasSeen(string id) => _seen.Contains(id);

        /// <summary>Frees the listed ids' fingerprints (native memory); the pager calls it when the listing ends.</summary>
        public void Dispose() => _seen.Dispose();

        /// <summary>How many batches this listing has yielded (since it started or resumed).</summary>
        public int Count => _seen.Count;

        /// <summary>Checks a page (sent with <paramref name="cursor"/>) and records its ids; throws before anything is yielded.</summary>
        public void Accept(IReadOnlyList<PageCursor> page, string? cursor)
        {
            PageChecks.CheckOrder(page, _order, cursor);
            foreach (var batch in page)
            {
                if (!_seen.Add(batch.Id))
                {
                    throw new LettaPaginationException(
                        "The page " + Describe(cursor) + " lists batch '" + batch.Id + "' again, which this listing already yielded: the server's pages overlap. "
                        + "Stopped so no batch is listed twice.", cursor);
                }
            }
        }

        private static string Describe(string? cursor) => cursor is null ? "(first page)" : "after cursor '" + cursor + "'";
    }
}
