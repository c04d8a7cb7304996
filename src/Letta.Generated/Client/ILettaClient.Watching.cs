using System.Collections.Generic;
using System.Threading;

namespace Letta.Generated
{
    public partial interface ILettaClient
    {
        /// <summary>
        /// Watches the listing: polls it (one whole listing per poll, through <see cref="ListAllBatchesJsonAsync"/>)
        /// every <see cref="WatchBatchesOptions.Interval"/> and yields what changed between two consecutive listings.
        /// The first poll yields every listed batch as <see cref="BatchChangeKind.Appeared"/>; later polls yield the
        /// batches that appeared, changed (any byte of their JSON differs) or left (no longer listed: the server lists
        /// only <c>created</c> and <c>running</c> batches, so a batch that left completed, failed, was cancelled or
        /// expired, and the listing cannot say which). Appeared and changed come in the listing's order, then left.
        /// It never ends by itself. A poll that fails after the client's retries is reported (log event 301, a failed
        /// <c>Letta.WatchBatches.Poll</c> span, <c>letta.client.watch.poll.count</c>) and the next poll comes after a
        /// longer wait, unless <see cref="WatchBatchesOptions.EndOnFailedPoll"/> is set; a refused key (401, 403) or
        /// rejected parameters (422) end it at once. Memory holds two listings at most.
        /// </summary>
        /// <param name="options">Interval, order, page size, failure handling; null for the defaults.</param>
        /// <param name="cancellationToken">Stops the watch at once, also during a wait or a request.</param>
        /// <returns>The changes, as they are seen; no request is sent until it is enumerated.</returns>
        /// <exception cref="System.ArgumentException">The options are invalid; nothing was sent.</exception>
        IAsyncEnumerable<BatchChange> WatchBatchesAsync(WatchBatchesOptions? options = null, CancellationToken cancellationToken = default);
    }
}
