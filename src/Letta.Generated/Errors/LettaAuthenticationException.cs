using System;
using System.Collections.Generic;

namespace Letta.Generated
{
    /// <summary>401 Unauthorized: the API key is missing or wrong.</summary>
    public class LettaAuthenticationException : LettaApiException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">What went wrong.</param>
        /// <param name="statusCode">The HTTP status code.</param>
        /// <param name="response">The body text (possibly cut), or null.</param>
        /// <param name="headers">The response and content headers.</param>
        /// <param name="innerException">The underlying cause, if any.</param>
        public LettaAuthenticationException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>>? headers, Exception? innerException = null)
            : base(message, statusCode, response, headers, innerException)
        {
        }
    }
}
