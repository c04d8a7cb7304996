using System;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Cli.Output;

namespace Letta.Generated.Cli.Listing
{
    /// <summary>
    /// Lists through the library's pager and writes each page as it arrives. With <c>--max-items</c> the last
    /// request asks for exactly the batches still wanted, so the listing always stops on a page boundary and the
    /// page's continuation token resumes with exactly the rest.
    /// </summary>
    internal sealed class BatchLister
    {
        private readonly ILettaClient _client;
        private readonly IBatchWriter _writer;
        private readonly Action<ListingState> _onPage;

        public BatchLister(ILettaClient client, IBatchWriter writer, Action<ListingState> onPage)
        {
            _client = client;
            _writer = writer;
            _onPage = onPage;
        }

        public async Task RunAsync(ListingRequest request, ListingState state, CancellationToken cancellationToken)
        {
            var listing = _client.ListAllBatchesAsync(new ListAllBatchesOptions { Order = request.Order, PageSize = request.PageSize }, cancellationToken);
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
                    for (var i = 0; i < take; i++)
                    {
                        _writer.Write(page.Values[i]);
                    }
                    await _writer.FlushAsync().ConfigureAwait(false);

                    remaining -= take;
                    token = page.ContinuationToken;
                    // A server that sends more than the limit leaves no exact resume point: offer none rather than skip batches.
                    state.ResumeToken = take == page.Values.Count ? token : null;
                    state.Items += take;
                    state.Pages++;
                    _onPage(state);

                    if (token is null)
                    {
                        return;
                    }
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
