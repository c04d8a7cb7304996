using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Letta.Generated
{
    // The pager over the generated ListBatchesAsync: what a generator cannot write.
    public partial class LettaClient
    {
        /// <summary>True for the sibling that reads pages in JSON form (ListAllBatchesJsonAsync).</summary>
        private bool _jsonBodies;

        /// <inheritdoc />
        public virtual LettaPageable<BatchJob> ListAllBatchesAsync(ListAllBatchesOptions? options = null, CancellationToken cancellationToken = default) =>
            new BatchPageable<BatchJob>(FetchPageAsync, PageCursor.Of, options ?? new ListAllBatchesOptions(), _listingTelemetry, cancellationToken);

        /// <inheritdoc />
        public virtual LettaPageable<BatchJson> ListAllBatchesJsonAsync(ListAllBatchesOptions? options = null, CancellationToken cancellationToken = default)
        {
            // The same generated method and pipeline, read by a sibling that keeps each batch's JSON as sent.
            var json = new LettaClient(this, jsonBodies: true);
            return new BatchPageable<BatchJson>(json.FetchJsonPageAsync, PageCursor.Of, options ?? new ListAllBatchesOptions(), _listingTelemetry, cancellationToken);
        }

        // Through the virtual generated method, so a subclass that overrides it is paged too.
        private Task<LettaResponse<IReadOnlyList<BatchJob>>> FetchPageAsync(PageRequest page, CancellationToken cancellationToken) =>
            ListBatchesAsync(before: page.Before, after: page.After, limit: page.Limit, order: page.Order, cancellationToken: cancellationToken);

        private async Task<LettaResponse<IReadOnlyList<BatchJson>>> FetchJsonPageAsync(PageRequest page, CancellationToken cancellationToken)
        {
            var response = await FetchPageAsync(page, cancellationToken).ConfigureAwait(false);
            return new LettaResponse<IReadOnlyList<BatchJson>>(response.StatusCode, response.Headers, ((JsonBatchList)response.Result).Items) { RetryCount = response.RetryCount };
        }
    }
}
