using System;
using System.Collections.Generic;

namespace Letta.Generated
{
    /// <summary>429 Too Many Requests (retried by default). <see cref="RetryAfter"/> is the server's hint.</summary>
    public class LettaRateLimitException : LettaApiException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">What went wrong, with the status and an excerpt of the body.</param>
        /// <param name="status">The HTTP status code (429).</param>
        /// <param name="headers">The response and content headers.</param>
        /// <param name="responseBody">The body text (possibly cut).</param>
        /// <param name="retryAfter">The delay the server asked for, if it sent one.</param>
        public LettaRateLimitException(string message, int status, IReadOnlyDictionary<string, IEnumerable<string>> headers, string responseBody, TimeSpan? retryAfter)
            : base(message, status, headers, responseBody)
        {
            RetryAfter = retryAfter;
        }

        /// <summary>The delay the server asked for (<c>retry-after-ms</c> or <c>Retry-After</c>), if any.</summary>
        public TimeSpan? RetryAfter { get; }
    }
}
