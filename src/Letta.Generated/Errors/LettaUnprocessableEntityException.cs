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
        /// <inheritdoc cref="LettaApiException(string, int, string, IReadOnlyDictionary{string, IEnumerable{string}}, Exception)"/>
        public LettaUnprocessableEntityException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>>? headers, Exception? innerException = null)
            : base(message, statusCode, response, headers, innerException)
        {
        }

        internal LettaUnprocessableEntityException(string message, ErrorResponse response, Exception? innerException = null)
            : base(message, response, innerException)
        {
        }

        /// <summary>The validation errors, when the body used the declared list shape; otherwise empty.</summary>
        public IReadOnlyList<ValidationError> Errors => Response.ValidationErrors;
    }
}
