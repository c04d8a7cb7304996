using System;
using System.Collections.Generic;

namespace Letta.Generated
{
    /// <summary>
    /// A response this client cannot use: a success whose body is not the expected JSON (HTML from a proxy, a
    /// truncated body, <c>null</c>, a field of the wrong type, nesting deeper than the reader allows), a body
    /// over <see cref="LettaClientOptions.MaxResponseBytes"/>, a body that cannot be decompressed, or a redirect
    /// this client will not follow. The message names the field and the reason; <see cref="LettaApiException.ResponseBody"/>
    /// holds the first bytes of the body. Never retried.
    /// </summary>
    public class LettaResponseException : LettaApiException
    {
        /// <inheritdoc cref="LettaApiException(string, int, string, IReadOnlyDictionary{string, IEnumerable{string}}, Exception)"/>
        public LettaResponseException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>>? headers, Exception? innerException = null)
            : base(message, statusCode, response, headers, innerException)
        {
        }

        internal LettaResponseException(string message, ErrorResponse response, Exception? innerException = null)
            : base(message, response, innerException)
        {
        }
    }
}
