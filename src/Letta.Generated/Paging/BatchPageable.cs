using System.Collections.Generic;
using System.Threading;

namespace Letta.Generated
{
    /// <summary>The listing <see cref="LettaClient.ListAllBatchesAsync"/> returns.</summary>
    internal sealed class BatchPageable : LettaPageable<BatchJob>
    {
        private readonly BatchPager.FetchPage _fetch;
        private readonly ListAllBatchesOptions _options;

        public BatchPageable(BatchPager.FetchPage fetch, ListAllBatchesOptions options, CancellationToken cancellationToken)
            : base(cancellationToken)
        {
            _fetch = fetch;
            _options = options;
        }

        public override IAsyncEnumerable<LettaPage<BatchJob>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
        {
            // Checked here, at the call, so bad input fails before any request.
            if (pageSizeHint < 1)
            {
                throw new System.ArgumentOutOfRangeException(nameof(pageSizeHint), pageSizeHint, "pageSizeHint must be 1 or more (limit=0 would mean 'every batch' to the server).");
            }
            var token = continuationToken ?? _options.ContinuationToken;
            var resumeFrom = token is null ? null : ContinuationToken.Decode(token, nameof(continuationToken));
            if (resumeFrom is not null && resumeFrom.Order != _options.Order)
            {
                throw new System.ArgumentException(
                    "The continuation token was made by a listing in " + resumeFrom.Order + " order; this listing is " + _options.Order + ".", nameof(continuationToken));
            }
            var pager = new BatchPager(_fetch, _options.Order, pageSizeHint ?? _options.PageSize, _options.CursorReading);
            return pager.GetPagesAsync(resumeFrom, CancellationToken);
        }
    }
}
