using System.Collections.Generic;

namespace Letta.Generated
{
    /// <summary>
    /// The generated client's response wrapper (nswag.json: <c>wrapResponses</c>). Hand-written and
    /// internal so that the public surface shows <see cref="LettaResponse{T}"/> instead.
    /// </summary>
    internal sealed class LettaRestResponse<TResult>
    {
        public LettaRestResponse(int statusCode, IReadOnlyDictionary<string, IEnumerable<string>> headers, TResult result)
        {
            StatusCode = statusCode;
            Headers = headers;
            Result = result;
        }

        public int StatusCode { get; }

        public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; }

        public TResult Result { get; }
    }
}
