using System.Collections.Generic;
using System.Threading;

namespace Letta.Generated
{
    // The watch over the JSON pager: what a generator cannot write.
    public partial class LettaClient
    {
        /// <inheritdoc />
        public virtual IAsyncEnumerable<BatchChange> WatchBatchesAsync(WatchBatchesOptions? options = null, CancellationToken cancellationToken = default)
        {
            // A copy, checked now: bad input fails at the call, and later changes to the options do not reach the watch.
            var copy = (options ?? new WatchBatchesOptions()).Clone();
            copy.Validate();
            var telemetry = _listingTelemetry ?? ListingTelemetry.None;
            // Through the virtual listing, so a subclass that overrides it is watched too.
            return new BatchWatcher(ListAllBatchesJsonAsync, copy, telemetry, _options?.LoggerFactory).WatchAsync(cancellationToken);
        }
    }
}
