using System;
using System.Collections.Generic;

namespace Letta.Generated
{
    /// <summary>409 Conflict: the server's database was busy (retried by default).</summary>
    public class LettaConflictException : LettaApiException
    {
        /// <inheritdoc cref="LettaApiException(string, int, string, IReadOnlyDictionary{string, IEnumerable{string}}, Exception)"/>
        public LettaConflictException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>>? headers, Exception? innerException = null)
            : base(message, statusCode, response, headers, innerException)
        {
        }

        internal LettaConflictException(string message, ErrorResponse response, Exception? innerException = null)
            : base(message, response, innerException)
        {
        }
    }
}
