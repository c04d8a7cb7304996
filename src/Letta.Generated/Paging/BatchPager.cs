using System;
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
    /// <typeparam name="TItem">A batch as the listing yields it (<see cref="BatchJob"/>, or <see cref="BatchJson"/> as sent).</typeparam>
    internal sealed class BatchPager<TItem>
    {
        private readonly FetchPage<TItem> _fetch;
        private readonly Func<TItem, PageCursor> _position;
        private readonly SortOrder _order;
        private readonly int _pageSize;
        private readonly bool _prefetch;
        private readonly ListingTelemetry _telemetry;
        private CursorReading _reading;

        public BatchPager(FetchPage<TItem> fetch, Func<TItem, PageCursor> position, SortOrder order, int pageSize, CursorReading reading, bool prefetch, ListingTelemetry? telemetry = null)
        {
            _fetch = fetch;
            _telemetry = telemetry ?? ListingTelemetry.None;
            _position = position;
            _prefetch = prefetch;
            _order = order;
            _pageSize = pageSize;
            // For asc both readings send after=<last id>: nothing to detect.
            _reading = order == SortOrder.Asc ? CursorReading.Chronological : reading;
        }

        public async IAsyncEnumerable<LettaPage<TItem>> GetPagesAsync(ContinuationToken? resumeFrom, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            // Disposed last, after the finally below has awaited any page asked for ahead (which records into it).
            using var guard = new ListingGuard(_order);
            var end = new PageEnd(_pageSize);
            PageCursor? cursor = null;
            if (resumeFrom is not null)
            {
                cursor = resumeFrom.Cursor;
                if (_reading == CursorReading.Auto) _reading = resumeFrom.Reading;
            }

            using var listing = _telemetry.Start(_order, _pageSize, _reading, resumed: resumeFrom is not null);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            Task<Checked?>? next = null;
            try
            {
                next = FetchCheckedAsync(cursor, guard, listing, stop.Token);
                while (true)
                {
                    var page = await ObservedAsync(next, listing).ConfigureAwait(false);
                    next = null;
                    if (page is null) yield break;

                    var last = end.IsLast(page.Response.Result.Count);
                    var token = last ? null : new ContinuationToken(_order, _reading, page.Last).Encode();
                    // With prefetch the next page is asked for now, so the server builds it while this one is consumed.
                    if (!last && _prefetch) next = FetchCheckedAsync(page.Last, guard, listing, stop.Token);
                    listing.Listed(page.Response.Result.Count);
                    yield return new LettaPage<TItem>(page.Response.Result, token, page.Response.StatusCode, page.Response.Headers);
                    if (last) yield break;
                    next ??= FetchCheckedAsync(page.Last, guard, listing, stop.Token);
                }
            }
            finally
            {
                if (next is not null)
                {
                    // The consumer stopped early: the page asked for ahead of time is not wanted any more.
                    stop.Cancel();
                    try
                    {
                        await next.ConfigureAwait(false);
                    }
                    catch (Exception)
                    {
                        // Cancelled or failed after the consumer left: nothing to report to anyone.
                    }
                }
            }
        }

        /// <summary>A page the consumer is about to get, or the failure it is about to see, reported on the listing first.</summary>
        private static async Task<Checked?> ObservedAsync(Task<Checked?> fetch, ListingScope listing)
        {
            try
            {
                return await fetch.ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                listing.Failed(exception);
                throw;
            }
        }

        /// <summary>The page after <paramref name="cursor"/> (the first page when null), checked by the guard; null when the listing has ended.</summary>
        private async Task<Checked?> FetchCheckedAsync(PageCursor? cursor, ListingGuard guard, ListingScope listing, CancellationToken cancellationToken)
        {
            var readingBefore = _reading;
            var response = cursor is { } after
                ? await FetchAfterAsync(after, guard, listing, cancellationToken).ConfigureAwait(false)
                : await FetchAsync(new PageRequest(null, null, _pageSize, _order), listing, cancellationToken).ConfigureAwait(false);
            if (readingBefore == CursorReading.Auto && _reading != CursorReading.Auto) listing.ReadingSettled(_reading, cursor!.Value.Id);
            if (response is null || response.Result.Count == 0) return null;
            var positions = Positions(response.Result);
            guard.Accept(positions, cursor?.Id);
            return new Checked(response, positions[positions.Count - 1]);
        }

        private IReadOnlyList<PageCursor> Positions(IReadOnlyList<TItem> items)
        {
            var positions = new PageCursor[items.Count];
            for (var i = 0; i < positions.Length; i++) positions[i] = _position(items[i]);
            return positions;
        }

        /// <summary>One page request, as a child span of the listing with its duration, status and retries reported.</summary>
        private async Task<LettaResponse<IReadOnlyList<TItem>>> FetchAsync(PageRequest request, ListingScope listing, CancellationToken cancellationToken)
        {
            var page = listing.StartPage(request);
            try
            {
                var response = await _fetch(request, cancellationToken).ConfigureAwait(false);
                page.Received(response);
                return response;
            }
            catch (Exception exception)
            {
                page.Failed(exception);
                throw;
            }
        }

        /// <summary>The page after <paramref name="cursor"/>, or null when the listing has ended.</summary>
        private async Task<LettaResponse<IReadOnlyList<TItem>>?> FetchAfterAsync(PageCursor cursor, ListingGuard guard, ListingScope listing, CancellationToken cancellationToken)
        {
            if (_reading != CursorReading.Auto)
            {
                var nextRequest = _reading == CursorReading.SortOrderRelative || _order == SortOrder.Asc ? After(cursor) : Before(cursor);
                var page = await FetchAsync(nextRequest, listing, cancellationToken).ConfigureAwait(false);
                var side = PageChecks.SideOfCursor(Positions(page.Result), cursor, _order, guard);
                if (side == CursorSide.Behind)
                {
                    throw new LettaPaginationException(
                        "The page requested after batch '" + cursor.Id + "' holds batches that come before it in " + _order + " order: the server ignored the cursor or reads it "
                        + "differently from CursorReading." + _reading + ". Stopped so no batch is listed twice.", cursor.Id);
                }

                return page;
            }

            // desc with the reading unknown: try the chronological reading (the open-source server's) first.
            var guess = await FetchAsync(Before(cursor), listing, cancellationToken).ConfigureAwait(false);
            var guessSide = PageChecks.SideOfCursor(Positions(guess.Result), cursor, _order, guard);
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
            var probe = await FetchAsync(After(cursor), listing, cancellationToken).ConfigureAwait(false);
            var probeSide = PageChecks.SideOfCursor(Positions(probe.Result), cursor, _order, guard);
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

        /// <summary>A page that passed the guard, with the position of its last batch (the next cursor).</summary>
        private sealed class Checked
        {
            public Checked(LettaResponse<IReadOnlyList<TItem>> response, PageCursor last)
            {
                Response = response;
                Last = last;
            }

            public LettaResponse<IReadOnlyList<TItem>> Response { get; }

            public PageCursor Last { get; }
        }
    }
}
