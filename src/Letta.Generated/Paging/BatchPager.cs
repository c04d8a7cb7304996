using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace Letta.Generated
{
    /// <summary>
    /// Pages through List Batches so that every batch comes exactly once, in order, whichever way the server
    /// reads cursors. Letta's open-source server reads them chronologically (with the default <c>desc</c> order
    /// the next page is <c>before=&lt;last id&gt;</c>); its docs read them relative to the sort order
    /// (<c>after=&lt;last id&gt;</c>). For <c>asc</c> both mean <c>after</c>. For <c>desc</c> the pager asks for
    /// <c>before</c> first and looks at the answer: older batches confirm the chronological reading; newer ones,
    /// or none, are settled by one <c>after</c> probe. Every page passes the <see cref="ListingGuard"/>, and a
    /// short page ends the listing only when <see cref="PageEnd"/> says the end is certain.
    /// </summary>
    internal sealed class BatchPager
    {
        public delegate Task<LettaResponse<IReadOnlyList<BatchJob>>> FetchPage(PageRequest request, CancellationToken cancellationToken);

        private readonly FetchPage _fetch;
        private readonly SortOrder _order;
        private readonly int _pageSize;
        private CursorReading _reading;

        public BatchPager(FetchPage fetch, SortOrder order, int pageSize, CursorReading reading)
        {
            _fetch = fetch;
            _order = order;
            _pageSize = pageSize;
            // For asc both readings send after=<last id>: nothing to detect.
            _reading = order == SortOrder.Asc ? CursorReading.Chronological : reading;
        }

        public async IAsyncEnumerable<LettaPage<BatchJob>> GetPagesAsync(ContinuationToken? resumeFrom, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var guard = new ListingGuard(_order);
            var end = new PageEnd(_pageSize);
            PageCursor? cursor = null;
            if (resumeFrom is not null)
            {
                cursor = resumeFrom.Cursor;
                if (_reading == CursorReading.Auto) _reading = resumeFrom.Reading;
            }

            while (true)
            {
                var page = cursor is { } after
                    ? await FetchAfterAsync(after, guard, cancellationToken).ConfigureAwait(false)
                    : await _fetch(new PageRequest(null, null, _pageSize, _order), cancellationToken).ConfigureAwait(false);
                if (page is null || page.Result.Count == 0) yield break;

                guard.Accept(page.Result, cursor?.Id);
                var last = end.IsLast(page.Result.Count);
                var lastBatch = PageCursor.Of(page.Result[page.Result.Count - 1]);
                var token = last ? null : new ContinuationToken(_order, _reading, lastBatch).Encode();
                yield return new LettaPage<BatchJob>(page.Result, token, page.StatusCode, page.Headers);
                if (last) yield break;
                cursor = lastBatch;
            }
        }

        /// <summary>The page after <paramref name="cursor"/>, or null when the listing has ended.</summary>
        private async Task<LettaResponse<IReadOnlyList<BatchJob>>?> FetchAfterAsync(PageCursor cursor, ListingGuard guard, CancellationToken cancellationToken)
        {
            if (_reading != CursorReading.Auto)
            {
                var nextRequest = _reading == CursorReading.SortOrderRelative || _order == SortOrder.Asc ? After(cursor) : Before(cursor);
                var page = await _fetch(nextRequest, cancellationToken).ConfigureAwait(false);
                var side = PageChecks.SideOfCursor(page.Result, cursor, _order, guard);
                if (side == CursorSide.Behind)
                {
                    throw new LettaPaginationException(
                        "The page requested after batch '" + cursor.Id + "' holds batches that come before it in " + _order + " order: the server ignored the cursor or reads it "
                        + "differently from CursorReading." + _reading + ". Stopped so no batch is listed twice.", cursor.Id);
                }

                return page;
            }

            // desc with the reading unknown: try the chronological reading (the open-source server's) first.
            var guess = await _fetch(Before(cursor), cancellationToken).ConfigureAwait(false);
            var guessSide = PageChecks.SideOfCursor(guess.Result, cursor, _order, guard);
            if (guessSide == CursorSide.Beyond)
            {
                _reading = CursorReading.Chronological;
                return guess;
            }

            if (guessSide == CursorSide.None && guard.Count > 1)
            {
                // This listing yielded batches newer than the cursor; a sort-order-relative server would have sent
                // them back for before=<cursor>. Nothing came: the reading is chronological and nothing is older.
                _reading = CursorReading.Chronological;
                return null;
            }

            // Newer batches or none: one probe with after=<cursor> settles it.
            var probe = await _fetch(After(cursor), cancellationToken).ConfigureAwait(false);
            var probeSide = PageChecks.SideOfCursor(probe.Result, cursor, _order, guard);
            switch (probeSide)
            {
                case CursorSide.Beyond:
                    _reading = CursorReading.SortOrderRelative;
                    return probe;
                case CursorSide.Behind when guessSide == CursorSide.Behind:
                    throw new LettaPaginationException(
                        "Both before='" + cursor.Id + "' and after='" + cursor.Id + "' returned batches newer than the cursor: the server is not honouring cursors. "
                        + "Stopped so no batch is listed twice.", cursor.Id);
                case CursorSide.Behind:
                    _reading = CursorReading.Chronological;
                    return null;
                default:
                    if (guessSide == CursorSide.Behind) _reading = CursorReading.SortOrderRelative;
                    return null;
            }
        }

        private PageRequest Before(PageCursor cursor) => new PageRequest(cursor.Id, null, _pageSize, _order);

        private PageRequest After(PageCursor cursor) => new PageRequest(null, cursor.Id, _pageSize, _order);
    }
}
