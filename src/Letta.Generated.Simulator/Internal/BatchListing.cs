using System;
using System.Collections.Generic;
using System.Linq;

namespace Letta.Generated.Simulator.Internal
{
    /// <summary>
    /// Selects one page of batches: status filter, cursors (in either reading), sort order and limit (and a page cap,
    /// when a fault imposes one), with the server's 400s for unknown cursors and inverted windows.
    /// </summary>
    internal static class BatchListing
    {
        public static Answer? TrySelect(
            IReadOnlyList<SimulatedBatch> allOldestFirst,
            ListBatchesQuery query,
            LettaSimulatorOptions options,
            int? pageCap,
            out List<SimulatedBatch> page)
        {
            page = new List<SimulatedBatch>();
            var ignoreCursors = options.PagingQuirk == PagingQuirk.IgnoreCursors;
            var before = ignoreCursors ? null : query.Before;
            var after = ignoreCursors ? null : query.After;

            // Cursors are looked up among ALL batches, so a finished (unlisted) batch is still a valid cursor.
            SimulatedBatch? beforeRow = null, afterRow = null;
            if (before is not null && (beforeRow = Find(allOldestFirst, before)) is null)
            {
                return NotFound(before);
            }

            if (after is not null && (afterRow = Find(allOldestFirst, after)) is null)
            {
                return NotFound(after);
            }

            // In the sort-relative reading "after" means later in the requested order, so for desc it is older.
            var relativeDesc = options.CursorReading == SimulatedCursorReading.SortOrderRelative && !query.Ascending;
            var newerThan = relativeDesc ? beforeRow : afterRow;
            var olderThan = relativeDesc ? afterRow : beforeRow;
            if (newerThan is not null && olderThan is not null && BatchOrder.Chronological.Compare(newerThan, olderThan) > 0)
            {
                return Answer.Json(400, ErrorBodies.Detail(
                    $"Invalid pagination window: the 'after' job {after} does not come before the 'before' job {before}"));
            }

            var rows = allOldestFirst.Where(b =>
                (options.ListAllStatuses || LettaValues.IsListed(b.Status))
                && (newerThan is null || BatchOrder.Chronological.Compare(b, newerThan) > 0)
                && (olderThan is null || BatchOrder.Chronological.Compare(b, olderThan) < 0));
            var ordered = query.Ascending ? rows.ToList() : rows.Reverse().ToList();

            var limit = query.Limit == 0 || query.Limit > int.MaxValue ? int.MaxValue : (int)query.Limit;
            if (pageCap is { } cap)
            {
                // A capping gateway shortens the page it was asked for; it does not pick other rows.
                limit = Math.Min(limit, cap);
            }

            // The docs' "before X" wants the rows nearest X, which sit at the END of the requested order.
            var takeNearestEnd = options.CursorReading == SimulatedCursorReading.SortOrderRelative && before is not null && after is null;
            page = takeNearestEnd
                ? ordered.Skip(Math.Max(0, ordered.Count - limit)).ToList()
                : ordered.Take(limit).ToList();
            return null;
        }

        private static SimulatedBatch? Find(IReadOnlyList<SimulatedBatch> all, string id) =>
            all.FirstOrDefault(b => string.Equals(b.Id, id, StringComparison.Ordinal));

        private static Answer NotFound(string id) =>
            Answer.Json(400, ErrorBodies.Detail($"Job with id {id} not found"));
    }
}
