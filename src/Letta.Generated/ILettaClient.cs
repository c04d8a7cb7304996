using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Letta.Generated
{
    /// <summary>The Letta List Batches API. Implemented by <see cref="LettaClient"/>; mock it in your tests.</summary>
    public interface ILettaClient
    {
        /// <summary>
        /// One request to <c>GET /v1/messages/batches</c>: one page exactly as the server sends it. The
        /// server lists only batches that are <c>created</c> or <c>running</c>.
        /// </summary>
        /// <param name="request">The query; null for the server's defaults (100 newest).</param>
        /// <param name="cancellationToken">Cancels the request and any retry wait.</param>
        /// <returns>The batches, with the response's status and headers.</returns>
        /// <exception cref="System.ArgumentException">The request is invalid (an empty cursor, a negative limit); nothing was sent.</exception>
        /// <exception cref="LettaException">The call failed; the subtype says how.</exception>
        Task<LettaResponse<IReadOnlyList<BatchJob>>> ListBatchesAsync(ListBatchesRequest? request = null, CancellationToken cancellationToken = default);

        /// <summary>
        /// Every listed batch, exactly once and in order, fetched lazily page by page. Enumerate it, or
        /// call <see cref="LettaPageable{T}.AsPages"/> for pages with continuation tokens.
        /// </summary>
        /// <param name="options">Order, page size, cursor reading, where to resume; null for the defaults.</param>
        /// <param name="cancellationToken">Reaches every request and stops the enumeration between pages.</param>
        /// <returns>The lazy listing; no request is sent until it is enumerated.</returns>
        /// <exception cref="System.ArgumentException">The options are invalid; nothing was sent.</exception>
        LettaPageable<BatchJob> ListAllBatchesAsync(ListAllBatchesOptions? options = null, CancellationToken cancellationToken = default);
    }
}
