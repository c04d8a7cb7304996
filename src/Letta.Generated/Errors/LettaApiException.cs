using System;
using System.Collections.Generic;

namespace Letta.Generated
{
    /// <summary>
    /// The server answered, but not with what was asked for: an error status, or a success whose body is not
    /// the expected JSON. The generated client raises it (nswag.json: <c>exceptionClass</c>); its response hook
    /// raises the subtype for the status. Carries the status, the headers and the body (cut at 64 KiB), with
    /// the API key removed, and what Letta put in them: <see cref="Detail"/>, <see cref="RetryAfter"/>,
    /// <see cref="RequestId"/>.
    /// </summary>
    public class LettaApiException : LettaException
    {
        /// <summary>Creates the exception (the generated client's constructor shape).</summary>
        /// <param name="message">What went wrong.</param>
        /// <param name="statusCode">The HTTP status code.</param>
        /// <param name="response">The body text (possibly cut), or null.</param>
        /// <param name="headers">The response and content headers.</param>
        /// <param name="innerException">The underlying cause, if any.</param>
        public LettaApiException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>>? headers, Exception? innerException)
            : this(message, ErrorResponse.Of(statusCode, response, headers), innerException)
        {
        }

        /// <summary>The constructor every exception of this library uses: the response already read, once.</summary>
        internal LettaApiException(string message, ErrorResponse response, Exception? innerException)
            : base(message, innerException)
        {
            Response = response;
        }

        /// <summary>The HTTP status code of the response.</summary>
        public int StatusCode => Response.StatusCode;

        /// <summary>The response headers (including content headers); names compare case-insensitively.</summary>
        public IReadOnlyDictionary<string, IEnumerable<string>> Headers => Response.Headers;

        /// <summary>The response body as text, cut at 64 KiB; empty when there was none.</summary>
        public string ResponseBody => Response.Body;

        /// <summary>
        /// The server's <c>detail</c> as text: Letta's FastAPI error bodies carry it as a string, or (422) as a
        /// list of validation errors joined as <c>loc: msg</c>; null when the body has none.
        /// </summary>
        public string? Detail => Response.Detail;

        /// <summary>
        /// How long the server asked to wait before retrying (<c>retry-after-ms</c>, else <c>Retry-After</c> in
        /// seconds or as an HTTP date), or null when it did not say.
        /// </summary>
        public TimeSpan? RetryAfter => Response.RetryAfter;

        /// <summary>The request id the server or a gateway sent (<c>x-request-id</c>, <c>request-id</c>, <c>cf-ray</c>, ...), if any.</summary>
        public string? RequestId => Response.RequestId;

        /// <summary>The error response, read once: what every property above reads.</summary>
        internal ErrorResponse Response { get; }

        /// <summary>The first value of a response header, or null.</summary>
        /// <param name="name">The header name, in any case.</param>
        /// <returns>The value, or null when the header is absent.</returns>
        public string? FirstHeader(string name) => Response.FirstHeader(name);
    }
}
