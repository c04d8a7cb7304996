using System;
using System.Collections.Generic;

namespace Letta.Generated
{
    /// <summary>429 Too Many Requests (retried by default); <see cref="LettaApiException.RetryAfter"/> is the server's hint.</summary>
    public class LettaRateLimitException : LettaApiException
    {
        /// <inheritdoc cref="LettaApiException(string, int, string, IReadOnlyDictionary{string, IEnumerable{string}}, Exception)"/>
        public LettaRateLimitException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>>? headers, Exception? innerException = null)
            : base(message, statusCode, response, headers, innerException)
        {
        }

        internal LettaRateLimitException(string message, ErrorResponse response, Exception? innerException = null)
            : base(message, response, innerException)
        {
        }
    }
}
