using System.Collections.Generic;

namespace Letta.Generated
{
    /// <summary>A successful response: its value, status code and headers.</summary>
    /// <typeparam name="T">The type of the value.</typeparam>
    public sealed class LettaResponse<T>
    {
        /// <summary>Creates a response (for tests and mocks).</summary>
        /// <param name="value">The deserialized body.</param>
        /// <param name="status">The HTTP status code.</param>
        /// <param name="headers">The response headers, names compared case-insensitively.</param>
        public LettaResponse(T value, int status, IReadOnlyDictionary<string, IEnumerable<string>> headers)
        {
            Value = value;
            Status = status;
            Headers = headers ?? new Dictionary<string, IEnumerable<string>>();
        }

        /// <summary>The deserialized body.</summary>
        public T Value { get; }

        /// <summary>The HTTP status code.</summary>
        public int Status { get; }

        /// <summary>The response and content headers.</summary>
        public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; }
    }
}
