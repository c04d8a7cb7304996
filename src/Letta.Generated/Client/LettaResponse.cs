using System.Collections.Generic;
using System.Linq;

namespace Letta.Generated
{
    /// <summary>
    /// A successful response without a body: its status code and headers. The generated client constructs it
    /// (nswag.json: <c>wrapResponses</c>, <c>responseClass</c>); it is hand-written so that it is documented
    /// and its headers are case-insensitive, as HTTP header names are.
    /// </summary>
    public class LettaResponse
    {
        /// <summary>Creates a response (the generated client does; tests and mocks may too).</summary>
        /// <param name="statusCode">The HTTP status code.</param>
        /// <param name="headers">The response and content headers.</param>
        public LettaResponse(int statusCode, IReadOnlyDictionary<string, IEnumerable<string>> headers)
        {
            StatusCode = statusCode;
            Headers = ResponseHeaders.CaseInsensitive(headers);
        }

        /// <summary>The HTTP status code.</summary>
        public int StatusCode { get; }

        /// <summary>The response and content headers; names compare case-insensitively.</summary>
        public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; }

        /// <summary>
        /// How many times the request was retried before this response (set by the generated client from the request
        /// message, see <see cref="RetryHandler.RetriesOf"/>); the pager reports it on the page's span.
        /// </summary>
        internal int RetryCount { get; init; }

        /// <summary>The first value of a header, or null when the response has none.</summary>
        /// <param name="name">The header name, in any case.</param>
        /// <returns>The first value, or null.</returns>
        public string? GetHeader(string name) => Headers.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;
    }
}
