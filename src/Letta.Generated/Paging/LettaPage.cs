using System;
using System.Collections.Generic;

namespace Letta.Generated
{
    /// <summary>One page of a listing: its items, the token to resume after it, and its HTTP response.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    public sealed class LettaPage<T>
    {
        private static readonly IReadOnlyDictionary<string, IEnumerable<string>> NoHeaders = new Dictionary<string, IEnumerable<string>>();

        /// <summary>Creates a page (for tests and mocks; see <see cref="LettaPageable{T}.FromPages"/>).</summary>
        /// <param name="values">The items.</param>
        /// <param name="continuationToken">Where the next page starts; null when this page is known to be the last.</param>
        /// <param name="statusCode">The HTTP status code of the page's response.</param>
        /// <param name="headers">The page's response headers.</param>
        public LettaPage(IReadOnlyList<T> values, string? continuationToken, int statusCode = 200, IReadOnlyDictionary<string, IEnumerable<string>>? headers = null)
        {
            Values = values ?? throw new ArgumentNullException(nameof(values));
            ContinuationToken = continuationToken;
            StatusCode = statusCode;
            Headers = headers ?? NoHeaders;
        }

        /// <summary>The items of this page, in the requested order.</summary>
        public IReadOnlyList<T> Values { get; }

        /// <summary>
        /// Pass to <see cref="LettaPageable{T}.AsPages"/> (or <see cref="ListAllBatchesOptions.ContinuationToken"/>)
        /// to resume right after this page, in any process. Null exactly when the pager knows the listing is
        /// finished: a page shorter than the page size after the server has sent full pages (or pages at a cap it
        /// was seen to use). A full page always has one, since the pager cannot know it was the last without asking
        /// again; resuming from the last full page's token finds no batches.
        /// </summary>
        public string? ContinuationToken { get; }

        /// <summary>The HTTP status code of the response this page came from.</summary>
        public int StatusCode { get; }

        /// <summary>The response headers of this page.</summary>
        public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; }
    }
}
