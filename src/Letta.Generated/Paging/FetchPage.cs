using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Letta.Generated
{
    /// <summary>One request of the pager: the generated <c>ListBatchesAsync</c>, in the shape the items are wanted in.</summary>
    /// <typeparam name="TItem">The item type of the page.</typeparam>
    internal delegate Task<LettaResponse<IReadOnlyList<TItem>>> FetchPage<TItem>(PageRequest request, CancellationToken cancellationToken);
}
