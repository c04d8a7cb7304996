using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Letta.Generated
{
    // One page in JSON form, for callers inside this repository (the CLI's --after/--before). A plain comment:
    // LettaClient's summary lives on its generated part (XmlDocsTests: one summary per type).
    public partial class LettaClient
    {
        /// <summary>
        /// <see cref="ListBatchesAsync"/> with each batch's JSON kept as sent, exactly as the JSON listing reads its
        /// pages (same pipeline, same errors); internal, so the public surface stays the generated one plus the pager.
        /// </summary>
        internal Task<LettaResponse<IReadOnlyList<BatchJson>>> ListBatchesJsonAsync(string? before, string? after, int limit, SortOrder order, CancellationToken cancellationToken) =>
            new LettaClient(this, jsonBodies: true).FetchJsonPageAsync(new PageRequest(before, after, limit, order), cancellationToken);
    }
}
