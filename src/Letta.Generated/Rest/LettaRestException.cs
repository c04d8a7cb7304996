using System;
using System.Collections.Generic;

namespace Letta.Generated
{
    /// <summary>
    /// What the generated client throws for a status it has no branch for. Internal: LettaClient turns
    /// it into the public <see cref="LettaApiException"/> family before a user can see it.
    /// </summary>
    internal class LettaRestException : Exception
    {
        public LettaRestException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>> headers, Exception? innerException)
            : base(message, innerException)
        {
            StatusCode = statusCode;
            Response = response;
            Headers = headers;
        }

        public int StatusCode { get; }

        public string? Response { get; }

        public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; }

        /// <summary>True when the status was a success but the body was not the expected JSON.</summary>
        public bool IsMalformedBody { get; set; }
    }

    /// <summary>The generated client's typed-error variant (used for the declared 422 response).</summary>
    internal sealed class LettaRestException<TResult> : LettaRestException
    {
        public LettaRestException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>> headers, TResult result, Exception? innerException)
            : base(message, statusCode, response, headers, innerException)
        {
            Result = result;
        }

        public TResult Result { get; }
    }
}
