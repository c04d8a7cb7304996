using System;
using System.Collections.Generic;

namespace Letta.Generated
{
    /// <summary>
    /// A success status whose body is not the expected JSON (HTML from a proxy, a truncated body,
    /// <c>null</c>, an object instead of an array). <see cref="LettaApiException.ResponseBody"/> holds
    /// the first bytes of the body.
    /// </summary>
    public class LettaResponseException : LettaApiException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">What went wrong, with an excerpt of the body.</param>
        /// <param name="status">The HTTP status code.</param>
        /// <param name="headers">The response and content headers.</param>
        /// <param name="bodyExcerpt">The first bytes of the body.</param>
        /// <param name="innerException">The parser's error.</param>
        public LettaResponseException(string message, int status, IReadOnlyDictionary<string, IEnumerable<string>> headers, string bodyExcerpt, Exception? innerException)
            : base(message, status, headers, bodyExcerpt, innerException)
        {
        }
    }
}
