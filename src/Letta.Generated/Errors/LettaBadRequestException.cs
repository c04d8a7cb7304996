using System;
using System.Collections.Generic;

namespace Letta.Generated
{
    /// <summary>400 Bad Request: the server rejected the request (an unknown cursor, an inverted cursor window).</summary>
    public class LettaBadRequestException : LettaApiException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">What went wrong, with the status and an excerpt of the body.</param>
        /// <param name="status">The HTTP status code.</param>
        /// <param name="headers">The response and content headers.</param>
        /// <param name="responseBody">The body text (possibly cut).</param>
        /// <param name="innerException">The underlying cause, if any.</param>
        public LettaBadRequestException(string message, int status, IReadOnlyDictionary<string, IEnumerable<string>> headers, string responseBody, Exception? innerException = null)
            : base(message, status, headers, responseBody, innerException)
        {
        }
    }
}
