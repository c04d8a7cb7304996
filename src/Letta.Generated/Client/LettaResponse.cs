using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace Letta.Generated
{
    /// <summary>
    /// A successful response without a body: its status code and headers. The generated client constructs it
    /// (nswag.json: <c>wrapResponses</c>, <c>responseClass</c>); it is hand-written so that it is documented
    /// and its headers are case-insensitive, as HTTP header names are.
    /// </summary>
    public class LettaResponse
    {
        // The generated client hands one headers dictionary per response to ReadObjectResponseAsync (our template,
        // which notes the request's retry count against it) and then to this constructor. Keyed weakly on that
        // per-response object: nothing ambient, so concurrent requests (prefetch) cannot mix their counts.
        private static readonly ConditionalWeakTable<object, StrongBox<int>> RetriesByHeaders = new ConditionalWeakTable<object, StrongBox<int>>();

        /// <summary>Creates a response (the generated client does; tests and mocks may too).</summary>
        /// <param name="statusCode">The HTTP status code.</param>
        /// <param name="headers">The response and content headers.</param>
        public LettaResponse(int statusCode, IReadOnlyDictionary<string, IEnumerable<string>> headers)
        {
            StatusCode = statusCode;
            Headers = ResponseHeaders.CaseInsensitive(headers);
            RetryCount = headers is not null && RetriesByHeaders.TryGetValue(headers, out var retries) ? retries.Value : 0;
        }

        /// <summary>The HTTP status code.</summary>
        public int StatusCode { get; }

        /// <summary>The response and content headers; names compare case-insensitively.</summary>
        public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; }

        /// <summary>
        /// How many times the request was retried before this response (written on the request message by the retry
        /// handler, see <see cref="RetryHandler.RetriesOf"/>, noted by the generated client's body reader); the pager
        /// reports it on the page's span.
        /// </summary>
        internal int RetryCount { get; init; }

        /// <summary>Notes the retry count of the response whose headers dictionary the generated client is about to wrap.</summary>
        internal static void NoteRetries(IReadOnlyDictionary<string, IEnumerable<string>> headers, int retries)
        {
            RetriesByHeaders.Remove(headers);
            RetriesByHeaders.Add(headers, new StrongBox<int>(retries));
        }

        /// <summary>The first value of a header, or null when the response has none.</summary>
        /// <param name="name">The header name, in any case.</param>
        /// <returns>The first value, or null.</returns>
        public string? GetHeader(string name) => Headers.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;
    }
}
