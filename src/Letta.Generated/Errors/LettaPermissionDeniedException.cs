using System;
using System.Collections.Generic;

namespace Letta.Generated
{
    /// <summary>403 Forbidden: the key may not do this.</summary>
    public class LettaPermissionDeniedException : LettaApiException
    {
        /// <inheritdoc cref="LettaApiException(string, int, string, IReadOnlyDictionary{string, IEnumerable{string}}, Exception)"/>
        public LettaPermissionDeniedException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>>? headers, Exception? innerException = null)
            : base(message, statusCode, response, headers, innerException)
        {
        }

        internal LettaPermissionDeniedException(string message, ErrorResponse response, Exception? innerException = null)
            : base(message, response, innerException)
        {
        }
    }
}
