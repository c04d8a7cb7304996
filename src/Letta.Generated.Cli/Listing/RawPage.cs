using System;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Cli.Output;

namespace Letta.Generated.Cli.Listing
{
    /// <summary>
    /// <c>--after</c>/<c>--before</c>: ONE request with the cursors as given, no paging, each batch as the server sent
    /// it. <c>--max-items</c> bounds it as it bounds a listing: it is the limit when smaller than the page size, and a
    /// server that sends more anyway is cut at it.
    /// </summary>
    internal static class RawPage
    {
        public static async Task<int> RunAsync(LettaClient client, string? before, string? after, int pageSize, long? maxItems, SortOrder order, IBatchWriter writer, CancellationToken cancellationToken)
        {
            var limit = (int)Math.Min(pageSize, maxItems ?? long.MaxValue);
            var response = await client.ListBatchesJsonAsync(before, after, limit, order, cancellationToken).ConfigureAwait(false);
            var take = (int)Math.Min(response.Result.Count, maxItems ?? long.MaxValue);
            writer.WritePage(response.Result, take);
            return take;
        }
    }
}
