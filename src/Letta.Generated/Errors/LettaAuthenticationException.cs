using System;
using System.Collections.Generic;

namespace Letta.Generated
{
    /// <summary>401 Unauthorized: the API key is missing or wrong.</summary>
    public class LettaAuthenticationException : LettaApiException
    {
        /// <inheritdoc cref="LettaApiException(string, int, string, IReadOnlyDictionary{string, IEnumerable{string}}, Exception)"/>
        public LettaAuthenticationException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>>? headers, Exception? innerException = null)
            : base(message, statusCode, response, headers, innerException)
        {
        }

        internal LettaAuthenticationException(string message, ErrorResponse response, Exception? innerException = null)
            : base(message, response, innerException)
        {
        }
    }
}
