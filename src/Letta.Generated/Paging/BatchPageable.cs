using System.Collections.Generic;
using System.Threading;

namespace Letta.Generated
{
    /// <summary>The listing <see cref="LettaClient.ListAllBatchesAsync"/> returns.</summary>
    internal sealed class BatchPageable : LettaPageable<BatchJob>
    {
        private readonly BatchPager.FetchPage _fetch;
        private readonly ListAllBatchesOptions _options;
        private readonly ContinuationToken? _resumeFrom;

        /// <summary>Checks the options now, so that bad input fails at the call, before any request.</summary>
        public BatchPageable(BatchPager.FetchPage fetch, ListAllBatchesOptions options, CancellationToken cancellationToken)
            : base(cancellationToken)
        {
            options.Validate();
            _fetch = fetch;
            _options = options;
            _resumeFrom = Decode(options.ContinuationToken, nameof(options.ContinuationToken));
        }

        public override IAsyncEnumerable<LettaPage<BatchJob>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
        {
            // Checked here, at the call, so bad input fails before any request.
            if (pageSizeHint < 1)
            {
                throw new System.ArgumentOutOfRangeException(nameof(pageSizeHint), pageSizeHint, "pageSizeHint must be 1 or more (limit=0 would mean 'every batch' to the server).");
            }
            var resumeFrom = continuationToken is null ? _resumeFrom : Decode(continuationToken, nameof(continuationToken));
            var pager = new BatchPager(_fetch, _options.Order, pageSizeHint ?? _options.PageSize, _options.CursorReading);
            return pager.GetPagesAsync(resumeFrom, CancellationToken);
        }

        private ContinuationToken? Decode(string? token, string parameterName)
        {
            if (token is null) return null;
            var decoded = ContinuationToken.Decode(token, parameterName);
            if (decoded.Order != _options.Order)
            {
                throw new System.ArgumentException(
                    "The continuation token was made by a listing in " + decoded.Order + " order; this listing is " + _options.Order + ".", parameterName);
            }
            return decoded;
        }
    }
}
