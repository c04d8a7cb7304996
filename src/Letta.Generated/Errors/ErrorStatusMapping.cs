using System;
using System.Collections.Generic;

namespace Letta.Generated
{
    /// <summary>The typed exception for an error status, as the README's table lists them.</summary>
    internal static class ErrorStatusMapping
    {
        /// <summary>The exception for <paramref name="status"/>; headers, body and cursor are already redacted.</summary>
        public static LettaApiException Create(int status, IReadOnlyDictionary<string, IEnumerable<string>> headers, string body, string? cursor)
        {
            var detail = ErrorResponse.Detail(body);
            var message = "Letta returned " + ErrorMessages.Status(status) + ": " + ErrorMessages.Excerpt(detail ?? body);
            switch (status)
            {
                case 400 when cursor is not null && detail is not null && detail.IndexOf("not found", StringComparison.OrdinalIgnoreCase) >= 0:
                    return new LettaCursorNotFoundException(message + " (cursor '" + ErrorMessages.Excerpt(cursor) + "')", status, body, headers, cursor);
                case 400: return new LettaBadRequestException(message, status, body, headers);
                case 401: return new LettaAuthenticationException(message, status, body, headers);
                case 403: return new LettaPermissionDeniedException(message, status, body, headers);
                case 404: return new LettaNotFoundException(message, status, body, headers);
                case 409: return new LettaConflictException(message, status, body, headers);
                case 422: return new LettaUnprocessableEntityException(message, status, body, headers);
                case 429: return new LettaRateLimitException(message, status, body, headers);
                case >= 500: return new LettaServerException(message, status, body, headers);
                default: return new LettaApiException(message, status, body, headers, null);
            }
        }
    }
}
