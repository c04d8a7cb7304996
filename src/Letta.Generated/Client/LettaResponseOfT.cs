using System.Collections.Generic;

namespace Letta.Generated
{
    /// <summary>A successful response: its deserialized body, status code and headers.</summary>
    /// <typeparam name="TResult">The type of the body.</typeparam>
    public class LettaResponse<TResult> : LettaResponse
    {
        /// <summary>Creates a response (the generated client does; tests and mocks may too).</summary>
        /// <param name="statusCode">The HTTP status code.</param>
        /// <param name="headers">The response and content headers.</param>
        /// <param name="result">The deserialized body.</param>
        public LettaResponse(int statusCode, IReadOnlyDictionary<string, IEnumerable<string>> headers, TResult result)
            : base(statusCode, headers)
        {
            Result = result;
        }

        /// <summary>The deserialized body.</summary>
        public TResult Result { get; }
    }
}
