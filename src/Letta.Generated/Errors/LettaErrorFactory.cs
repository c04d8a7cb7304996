using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Letta.Generated
{
    /// <summary>Turns the generated client's internal exception into the public typed exception for its status.</summary>
    internal static class LettaErrorFactory
    {
        private const int MessageExcerptChars = 300;

        public static LettaApiException Create(LettaRestException error, SecretRedactor redactor, string? cursor, DateTimeOffset now)
        {
            var status = error.StatusCode;
            var headers = CopyHeaders(error.Headers, redactor);
            var body = redactor.Redact(error.Response);
            if (error.IsMalformedBody || (status >= 200 && status < 300))
            {
                var problem = redactor.Redact(error.InnerException?.Message ?? "unexpected status " + status);
                return new LettaResponseException(
                    "Letta returned " + Describe(status) + " but the body is not a JSON array of batches (" + problem + "). Body starts: " + Excerpt(body),
                    status, headers, body, error.InnerException);
            }

            var detail = ReadDetail(body, out var validationErrors);
            var message = "Letta returned " + Describe(status) + ": " + (detail ?? Excerpt(body));
            switch (status)
            {
                case 400 when cursor is not null && detail is not null && detail.IndexOf("not found", StringComparison.OrdinalIgnoreCase) >= 0:
                    // The cursor is the caller's own text: redacted too, in case a key was pasted into it.
                    return new LettaCursorNotFoundException(redactor.Redact(message + " (cursor '" + cursor + "')"), status, headers, body, cursor);
                case 400: return new LettaBadRequestException(message, status, headers, body);
                case 401: return new LettaAuthenticationException(message, status, headers, body);
                case 403: return new LettaPermissionDeniedException(message, status, headers, body);
                case 404: return new LettaNotFoundException(message, status, headers, body);
                case 409: return new LettaConflictException(message, status, headers, body);
                case 422: return new LettaUnprocessableEntityException(message, status, headers, body, validationErrors, validationErrors.Count == 0 ? detail : null);
                case 429: return new LettaRateLimitException(message, status, headers, body, RetryAfterHeader.Parse(headers, now));
                case >= 500: return new LettaServerException(message, status, headers, body);
                default: return new LettaApiException(message, status, headers, body);
            }
        }

        private static IReadOnlyDictionary<string, IEnumerable<string>> CopyHeaders(IReadOnlyDictionary<string, IEnumerable<string>> headers, SecretRedactor redactor)
        {
            var copy = new Dictionary<string, IEnumerable<string>>(StringComparer.OrdinalIgnoreCase);
            foreach (var header in headers)
            {
                copy[header.Key] = header.Value.Select(redactor.Redact).ToArray();
            }
            return copy;
        }

        /// <summary>The <c>detail</c> of a FastAPI-style error body, as text; null when the body has none.</summary>
        private static string? ReadDetail(string body, out IReadOnlyList<ValidationError> validationErrors)
        {
            validationErrors = Array.Empty<ValidationError>();
            JToken? detail;
            try
            {
                detail = (JToken.Parse(body) as JObject)?["detail"];
            }
            catch (JsonException)
            {
                return null;
            }
            switch (detail)
            {
                case null: return null;
                case JValue value when value.Type == JTokenType.String: return (string?)value;
                case JArray array:
                    validationErrors = ParseValidationErrors(array);
                    return validationErrors.Count > 0
                        ? string.Join("; ", validationErrors.Select(e => string.Join(".", e.Loc) + ": " + e.Msg))
                        : array.ToString(Formatting.None);
                default: return detail.ToString(Formatting.None);
            }
        }

        private static IReadOnlyList<ValidationError> ParseValidationErrors(JArray array)
        {
            try
            {
                return array.ToObject<List<ValidationError>>(JsonSerializer.Create(LettaJson.CreateSettings())) ?? new List<ValidationError>();
            }
            catch (JsonException)
            {
                return Array.Empty<ValidationError>();
            }
        }

        private static string Excerpt(string body)
        {
            if (string.IsNullOrWhiteSpace(body)) return "(empty body)";
            var collapsed = string.Join(" ", body.Split(new[] { ' ', '\r', '\n', '\t' }, StringSplitOptions.RemoveEmptyEntries));
            return collapsed.Length <= MessageExcerptChars ? collapsed : collapsed.Substring(0, MessageExcerptChars) + "…";
        }

        private static string Describe(int status) => status switch
        {
            200 => "200 OK",
            400 => "400 Bad Request",
            401 => "401 Unauthorized",
            403 => "403 Forbidden",
            404 => "404 Not Found",
            408 => "408 Request Timeout",
            409 => "409 Conflict",
            422 => "422 Unprocessable Entity",
            429 => "429 Too Many Requests",
            500 => "500 Internal Server Error",
            502 => "502 Bad Gateway",
            503 => "503 Service Unavailable",
            504 => "504 Gateway Timeout",
            _ => "HTTP " + status,
        };
    }
}
