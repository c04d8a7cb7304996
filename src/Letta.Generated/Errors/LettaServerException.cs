using System;
using System.Collections.Generic;

namespace Letta.Generated
{
    /// <summary>A 5xx status: the server or a gateway failed (retried by default).</summary>
    public class LettaServerException : LettaApiException
    {
        /// <inheritdoc cref="LettaApiException(string, int, string, IReadOnlyDictionary{string, IEnumerable{string}}, Exception)"/>
        public LettaServerException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>>? headers, Exception? innerException = null)
            : base(message, statusCode, response, headers, innerException)
        {
        }

        internal LettaServerException(string message, ErrorResponse response, Exception? innerException = null)
            : base(message, response, innerException)
        {
        }
    }
}
