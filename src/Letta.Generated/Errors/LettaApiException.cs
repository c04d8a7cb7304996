using System;
using System.Collections.Generic;
using System.Linq;

namespace Letta.Generated
{
    /// <summary>
    /// The server answered, but not with what was asked for: a non-2xx status, or a 2xx whose body is
    /// not the expected JSON. Carries the status, the response headers and the body (cut at 64 KiB),
    /// with the API key removed wherever it appeared.
    /// </summary>
    public class LettaApiException : LettaException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">What went wrong, with the status and an excerpt of the body.</param>
        /// <param name="status">The HTTP status code.</param>
        /// <param name="headers">The response and content headers.</param>
        /// <param name="responseBody">The body text (possibly cut).</param>
        /// <param name="innerException">The underlying cause, if any.</param>
        public LettaApiException(string message, int status, IReadOnlyDictionary<string, IEnumerable<string>> headers, string responseBody, Exception? innerException = null)
            : base(message, innerException)
        {
            Status = status;
            Headers = headers ?? throw new ArgumentNullException(nameof(headers));
            ResponseBody = responseBody ?? string.Empty;
        }

        /// <summary>The HTTP status code of the response.</summary>
        public int Status { get; }

        /// <summary>The response headers (including content headers), names compared case-insensitively.</summary>
        public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; }

        /// <summary>The response body as text, cut at 64 KiB; empty when there was none.</summary>
        public string ResponseBody { get; }

        /// <summary>The request id the server or gateway sent (<c>x-request-id</c> and similar), if any.</summary>
        public string? RequestId => FirstHeader("x-request-id") ?? FirstHeader("request-id") ?? FirstHeader("x-amzn-requestid") ?? FirstHeader("cf-ray");

        /// <summary>The first value of a response header, or null.</summary>
        /// <param name="name">The header name, in any case.</param>
        /// <returns>The value, or null when the header is absent.</returns>
        public string? FirstHeader(string name) =>
            Headers.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;
    }
}
