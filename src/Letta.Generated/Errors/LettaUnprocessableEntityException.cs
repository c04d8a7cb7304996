using System;
using System.Collections.Generic;

namespace Letta.Generated
{
    /// <summary>
    /// 422 Unprocessable Entity: a parameter failed the server's validation. The details are read from either
    /// shape of <c>detail</c>: the declared list of <see cref="ValidationError"/> (in <see cref="Errors"/>), or the
    /// single string the Letta server actually sends (in <see cref="LettaApiException.Detail"/>).
    /// </summary>
    public class LettaUnprocessableEntityException : LettaApiException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">What went wrong.</param>
        /// <param name="statusCode">The HTTP status code (422).</param>
        /// <param name="response">The body text (possibly cut), or null.</param>
        /// <param name="headers">The response and content headers.</param>
        /// <param name="innerException">The underlying cause, if any.</param>
        public LettaUnprocessableEntityException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>>? headers, Exception? innerException = null)
            : base(message, statusCode, response, headers, innerException)
        {
            Errors = ErrorResponse.ValidationErrors(ResponseBody);
        }

        /// <summary>The validation errors, when the body used the declared list shape; otherwise empty.</summary>
        public IReadOnlyList<ValidationError> Errors { get; }
    }
}
