using System;

namespace Letta.Generated
{
    /// <summary>The typed exception for an error status, as the README's table lists them.</summary>
    internal static class ErrorStatusMapping
    {
        /// <summary>The exception for the response's status; its headers, body and the cursor are already redacted.</summary>
        public static LettaApiException Create(ErrorResponse response, string? cursor)
        {
            var status = response.StatusCode;
            var detail = response.Detail;
            var message = "Letta returned " + ErrorMessages.Status(status) + ": " + ErrorMessages.Excerpt(detail ?? response.Body);
            switch (status)
            {
                case 400 when cursor is not null && detail is not null && detail.IndexOf("not found", StringComparison.OrdinalIgnoreCase) >= 0:
                    return new LettaCursorNotFoundException(message + " (cursor '" + ErrorMessages.Excerpt(cursor) + "')", response, cursor);
                case 400: return new LettaBadRequestException(message, response);
                case 401: return new LettaAuthenticationException(message, response);
                case 403: return new LettaPermissionDeniedException(message, response);
                case 404: return new LettaNotFoundException(message, response);
                case 409: return new LettaConflictException(message, response);
                case 422: return new LettaUnprocessableEntityException(message, response);
                case 429: return new LettaRateLimitException(message, response);
                case >= 500: return new LettaServerException(message, response);
                default: return new LettaApiException(message, response, null);
            }
        }
    }
}
