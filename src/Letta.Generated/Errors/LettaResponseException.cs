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
        /// <summary>Creates the exception.</summary>
        /// <param name="message">What was wrong, naming the field and the reason.</param>
        /// <param name="statusCode">The HTTP status code.</param>
        /// <param name="response">The first bytes of the body, or null.</param>
        /// <param name="headers">The response and content headers.</param>
        /// <param name="innerException">The parser's or the transport's error.</param>
        public LettaResponseException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>>? headers, Exception? innerException = null)
            : base(message, statusCode, response, headers, innerException)
        {
        }
    }
}
