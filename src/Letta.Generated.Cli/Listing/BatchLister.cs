using System;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Cli.Output;

namespace Letta.Generated.Cli.Listing
{
    /// <summary>
    /// Lists through the library's JSON pager (every batch exactly once, in order, its bytes as sent) and hands each
    /// page to the writer as it arrives. A whole listing prefetches: the next page is requested while this one is
    /// written. With <c>--max-items</c> it does not (nothing beyond the limit is asked for), and the last request
    /// asks for exactly the batches still wanted, so the listing stops on a page boundary whose token resumes with
    /// exactly the rest.
    /// </summary>
    internal sealed class BatchLister
    {
        private readonly LettaClient _client;
        private readonly IBatchWriter _writer;
        private readonly Action<ListingState> _onPage;

        public BatchLister(LettaClient client, IBatchWriter writer, Action<ListingState> onPage)
        {
            _client = client;
            _writer = writer;
            _onPage = onPage;
        }

        /// <exception cref="ArgumentException">The continuation token is not valid for this listing; nothing was sent.</exception>
        public async Task RunAsync(ListingRequest request, ListingState state, CancellationToken cancellationToken)
        {
            var listing = _client.ListAllBatchesJsonAsync(
                new ListAllBatchesOptions
                {
                    Order = request.Order,
                    PageSize = request.PageSize,
                    ContinuationToken = request.ContinuationToken,
                    Prefetch = request.MaxItems is null,
                },
                cancellationToken);
            var token = request.ContinuationToken;
            var remaining = request.MaxItems ?? long.MaxValue;
            while (true)
            {
                // A smaller last page instead of cutting a page in two: its token then resumes exactly after it.
                var pageSize = (int)Math.Min(request.PageSize, remaining);
                var shrink = false;
                await foreach (var page in listing.AsPages(token, pageSize).WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    var take = (int)Math.Min(page.Values.Count, remaining);
                    _writer.WritePage(page.Values, take);

                    remaining -= take;
                    token = page.ContinuationToken;
                    // A server that sends more than the limit leaves no exact resume point: offer none rather than skip batches.
                    state.ResumeToken = take == page.Values.Count ? token : null;
                    state.Items += take;
                    state.Pages++;
                    _onPage(state);

                    if (token is null) return;
                    if (remaining == 0)
                    {
                        state.StoppedByMaxItems = true;
                        return;
                    }

                    if (remaining < pageSize)
                    {
                        shrink = true;
                        break;
                    }
                }

                if (!shrink)
                {
                    state.ResumeToken = null;
                    return;
                }
            }
        }
    }
}
