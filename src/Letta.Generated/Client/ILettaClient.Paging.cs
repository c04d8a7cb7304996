using System.Threading;

namespace Letta.Generated
{
    /// <summary>
    /// Letta's API as generated from <c>openapi/letta-list-batches.openapi.json</c> (one method per operation),
    /// plus the pager. Implemented by <see cref="LettaClient"/>; mock it in your tests.
    /// </summary>
    public partial interface ILettaClient
    {
        /// <summary>
        /// Every listed batch, exactly once and in order, fetched lazily page by page. Enumerate it, or call
        /// <see cref="LettaPageable{T}.AsPages"/> for pages with continuation tokens. The server lists only
        /// batches that are <c>created</c> or <c>running</c>.
        /// </summary>
        /// <param name="options">Order, page size, cursor reading, where to resume; null for the defaults.</param>
        /// <param name="cancellationToken">Reaches every request and stops the enumeration.</param>
        /// <returns>The lazy listing; no request is sent until it is enumerated.</returns>
        /// <exception cref="System.ArgumentException">The options are invalid; nothing was sent.</exception>
        LettaPageable<BatchJob> ListAllBatchesAsync(ListAllBatchesOptions? options = null, CancellationToken cancellationToken = default);

        /// <summary>
        /// The same listing, exactly once and in order, with each batch as the server sent it: its JSON bytes
        /// untouched, plus its id and creation time. Faster than <see cref="ListAllBatchesAsync"/> (only those two
        /// fields are read); <see cref="BatchJson.ToBatchJob"/> reads the rest on demand.
        /// </summary>
        /// <param name="options">Order, page size, cursor reading, where to resume; null for the defaults.</param>
        /// <param name="cancellationToken">Reaches every request and stops the enumeration.</param>
        /// <returns>The lazy listing; no request is sent until it is enumerated.</returns>
        /// <exception cref="System.ArgumentException">The options are invalid; nothing was sent.</exception>
        LettaPageable<BatchJson> ListAllBatchesJsonAsync(ListAllBatchesOptions? options = null, CancellationToken cancellationToken = default);
    }
}
