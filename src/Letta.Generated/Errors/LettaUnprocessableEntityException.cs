using System;
using System.Collections.Generic;

namespace Letta.Generated
{
    /// <summary>
    /// 422 Unprocessable Entity: a parameter failed the server's validation. The server's details are
    /// parsed from either shape: the declared list of <see cref="ValidationError"/>, or the single
    /// string the Letta server actually sends.
    /// </summary>
    public class LettaUnprocessableEntityException : LettaApiException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">What went wrong, with the status and the server's detail.</param>
        /// <param name="status">The HTTP status code (422).</param>
        /// <param name="headers">The response and content headers.</param>
        /// <param name="responseBody">The body text (possibly cut).</param>
        /// <param name="errors">The validation errors when the body lists them; otherwise empty.</param>
        /// <param name="detailText">The <c>detail</c> string when the body carries one string; otherwise null.</param>
        public LettaUnprocessableEntityException(string message, int status, IReadOnlyDictionary<string, IEnumerable<string>> headers, string responseBody, IReadOnlyList<ValidationError> errors, string? detailText)
            : base(message, status, headers, responseBody)
        {
            Errors = errors ?? Array.Empty<ValidationError>();
            DetailText = detailText;
        }

        /// <summary>The validation errors, when the body used the declared list shape.</summary>
        public IReadOnlyList<ValidationError> Errors { get; }

        /// <summary>The <c>detail</c> text, when the body carried it as one string (Letta's shape).</summary>
        public string? DetailText { get; }
    }
}
