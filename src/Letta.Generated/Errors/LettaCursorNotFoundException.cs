using System;
using System.Collections.Generic;

namespace Letta.Generated
{
    /// <summary>
    /// 400 for a cursor (a batch id in <c>before</c> or <c>after</c>) that the server does not know.
    /// Any existing job id is a valid cursor, even one no longer listed; this one is not.
    /// </summary>
    public class LettaCursorNotFoundException : LettaBadRequestException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">What went wrong, naming the cursor.</param>
        /// <param name="statusCode">The HTTP status code (400).</param>
        /// <param name="response">The body text, or null.</param>
        /// <param name="headers">The response and content headers.</param>
        /// <param name="cursor">The cursor the server did not know.</param>
        public LettaCursorNotFoundException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>>? headers, string cursor)
            : this(message, ErrorResponse.Of(statusCode, response, headers), cursor)
        {
        }

        internal LettaCursorNotFoundException(string message, ErrorResponse response, string cursor)
            : base(message, response)
        {
            Cursor = cursor ?? throw new ArgumentNullException(nameof(cursor));
        }

        /// <summary>The cursor the server did not know.</summary>
        public string Cursor { get; }
    }
}
