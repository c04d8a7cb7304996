using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Letta.Generated
{
    /// <summary>The pager over the generated <see cref="ListBatchesAsync"/>: what a generator cannot write.</summary>
    public partial class LettaClient
    {
        /// <inheritdoc />
        public virtual LettaPageable<BatchJob> ListAllBatchesAsync(ListAllBatchesOptions? options = null, CancellationToken cancellationToken = default) =>
            new BatchPageable(FetchPageAsync, options ?? new ListAllBatchesOptions(), cancellationToken);

        // Through the virtual generated method, so a subclass that overrides it is paged too.
        private Task<LettaResponse<IReadOnlyList<BatchJob>>> FetchPageAsync(PageRequest page, CancellationToken cancellationToken) =>
            ListBatchesAsync(before: page.Before, after: page.After, limit: page.Limit, order: page.Order, cancellationToken: cancellationToken);
    }
}
