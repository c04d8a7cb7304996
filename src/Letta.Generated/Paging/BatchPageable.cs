using System;
using System.Collections.Generic;
using System.Threading;

namespace Letta.Generated
{
    /// <summary>The listing <see cref="LettaClient.ListAllBatchesAsync"/> (and its JSON form) returns.</summary>
    /// <typeparam name="TItem">A batch as the listing yields it.</typeparam>
    internal sealed class BatchPageable<TItem> : LettaPageable<TItem>
    {
        private readonly FetchPage<TItem> _fetch;
        private readonly Func<TItem, PageCursor> _position;
        private readonly ListAllBatchesOptions _options;
        private readonly ContinuationToken? _resumeFrom;
        private readonly ListingTelemetry? _telemetry;

        /// <summary>Checks the options now, so that bad input fails at the call, before any request.</summary>
        public BatchPageable(FetchPage<TItem> fetch, Func<TItem, PageCursor> position, ListAllBatchesOptions options, ListingTelemetry? telemetry, CancellationToken cancellationToken)
            : base(cancellationToken)
        {
            options.Validate();
            _fetch = fetch;
            _telemetry = telemetry;
            _position = position;
            // A copy: changing the options later does not change this listing.
            _options = options.Clone();
            _resumeFrom = Decode(options.ContinuationToken, nameof(options.ContinuationToken));
        }

        public override IAsyncEnumerable<LettaPage<TItem>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
        {
            // Checked here, at the call, so bad input fails before any request.
            if (pageSizeHint < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(pageSizeHint), pageSizeHint, "pageSizeHint must be 1 or more (limit=0 would mean 'every batch' to the server).");
            }

            var resumeFrom = continuationToken is null ? _resumeFrom : Decode(continuationToken, nameof(continuationToken));
            var pager = new BatchPager<TItem>(_fetch, _position, _options.Order, pageSizeHint ?? _options.PageSize, _options.CursorReading, _options.Prefetch, _telemetry);
            return pager.GetPagesAsync(resumeFrom, CancellationToken);
        }

        private ContinuationToken? Decode(string? token, string parameterName)
        {
            if (token is null) return null;
            var decoded = ContinuationToken.Decode(token, parameterName);
            if (decoded.Order != _options.Order)
            {
                throw new ArgumentException(
                    "The continuation token was made by a listing in " + decoded.Order + " order; this listing is " + _options.Order + ".", parameterName);
            }

            return decoded;
        }
    }
}
