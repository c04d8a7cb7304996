using System;
using System.Collections.Generic;

namespace Letta.Generated
{
    /// <summary>400 Bad Request: the server rejected the request (an unknown cursor, an inverted cursor window).</summary>
    public class LettaBadRequestException : LettaApiException
    {
        /// <inheritdoc cref="LettaApiException(string, int, string, IReadOnlyDictionary{string, IEnumerable{string}}, Exception)"/>
        public LettaBadRequestException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>>? headers, Exception? innerException = null)
            : base(message, statusCode, response, headers, innerException)
        {
        }

        internal LettaBadRequestException(string message, ErrorResponse response, Exception? innerException = null)
            : base(message, response, innerException)
        {
        }
    }
}
