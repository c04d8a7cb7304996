using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Letta.Generated
{
    /// <summary>
    /// An error response read once: its status, its headers (copied once, case-insensitive, secrets removed by
    /// whoever built it), its body text, and what Letta put in them — the FastAPI <c>detail</c> (parsed once, as
    /// text and, when it has the declared shape, as validation errors), the retry hint and the request id. Every
    /// <see cref="LettaApiException"/> carries one and reads its properties from it.
    /// </summary>
    internal sealed class ErrorResponse
    {
        /// <summary>Where servers and gateways put a request id, most specific first.</summary>
        private static readonly string[] RequestIdHeaders = { "x-request-id", "request-id", "x-amzn-requestid", "cf-ray" };

        private ErrorResponse(int statusCode, IReadOnlyDictionary<string, IEnumerable<string>> headers, string body)
        {
            StatusCode = statusCode;
            Headers = headers;
            Body = body;
            var detail = DetailToken(body);
            ValidationErrors = detail is JArray array ? ValidationErrorsOf(array) : Array.Empty<ValidationError>();
            Detail = DetailText(detail, ValidationErrors);
            RetryAfter = RetryRules.RetryAfter(headers, Now(headers));
            RequestId = RequestIdHeaders.Select(FirstHeader).FirstOrDefault(id => id is not null);
        }

        public int StatusCode { get; }

        /// <summary>The response and content headers; names compare case-insensitively.</summary>
        public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; }

        /// <summary>The body text (error bodies are cut at 64 KiB by the pipeline); empty when there was none.</summary>
        public string Body { get; }

        /// <summary>The <c>detail</c> as text (validation errors joined as <c>loc: msg</c>); null when the body has none.</summary>
        public string? Detail { get; }

        /// <summary>The declared list of validation errors, when <c>detail</c> has that shape; otherwise empty.</summary>
        public IReadOnlyList<ValidationError> ValidationErrors { get; }

        /// <summary><c>retry-after-ms</c>, else <c>Retry-After</c> (seconds, or an HTTP date read against the response's own <c>Date</c>).</summary>
        public TimeSpan? RetryAfter { get; }

        public string? RequestId { get; }

        /// <summary>From what an exception was given (the generated client, a user's test): headers copied once, case-insensitively.</summary>
        public static ErrorResponse Of(int statusCode, string? body, IReadOnlyDictionary<string, IEnumerable<string>>? headers) =>
            new ErrorResponse(statusCode, ResponseHeaders.CaseInsensitive(headers), body ?? string.Empty);

        /// <summary>From a live response whose body is already known (an excerpt, or none): headers copied once, redacted.</summary>
        public static ErrorResponse Of(HttpResponseMessage response, SecretRedactor redactor, string? body) =>
            new ErrorResponse((int)response.StatusCode, ResponseHeaders.Of(response, redactor), body ?? string.Empty);

        /// <summary>
        /// From a live error response: the body decoded straight from the bytes the pipeline buffered (as UTF-8
        /// whatever the Content-Type says: Letta and its gateways send UTF-8, and a bogus charset must not turn an
        /// error report into another error), headers copied once; both redacted.
        /// </summary>
        public static async Task<ErrorResponse> ReadAsync(HttpResponseMessage response, SecretRedactor redactor, CancellationToken cancellationToken)
        {
            var body = response.Content switch
            {
                null => string.Empty,
                BufferedContent buffered => Encoding.UTF8.GetString(buffered.Body.Head(ResponseBufferingHandler.ErrorBodyBytes)),
                // A transport of the user's without this library's pipeline.
                var content => Encoding.UTF8.GetString(await ReadBytesAsync(content, cancellationToken).ConfigureAwait(false)),
            };
            return Of(response, redactor, redactor.Redact(body));
        }

        /// <summary>"Now" for an HTTP-date <c>Retry-After</c>: the response's own <c>Date</c>, so clock skew cancels out.</summary>
        public static DateTimeOffset Now(IReadOnlyDictionary<string, IEnumerable<string>> headers)
        {
            var date = headers.TryGetValue("Date", out var values) ? values.FirstOrDefault() : null;
            return date is not null && DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                ? parsed
                : DateTimeOffset.UtcNow;
        }

        /// <summary>The first value of a header, or null.</summary>
        public string? FirstHeader(string name) => Headers.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;

        private static async Task<byte[]> ReadBytesAsync(HttpContent content, CancellationToken cancellationToken)
        {
#if NET5_0_OR_GREATER
            return await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
#else
            cancellationToken.ThrowIfCancellationRequested();
            return await content.ReadAsByteArrayAsync().ConfigureAwait(false);
#endif
        }

        private static string? DetailText(JToken? detail, IReadOnlyList<ValidationError> errors)
        {
            switch (detail)
            {
                case null:
                    return null;
                case JValue value when value.Type == JTokenType.String:
                    return (string?)value;
                case JArray array:
                    return errors.Count > 0 ? string.Join("; ", errors.Select(Describe)) : array.ToString(Formatting.None);
                case var other:
                    return other.ToString(Formatting.None);
            }
        }

        private static string Describe(ValidationError error) =>
            string.Join(".", error.Loc ?? new List<object>()) + ": " + error.Msg;

        private static JToken? DetailToken(string body)
        {
            if (string.IsNullOrWhiteSpace(body) || body.TrimStart()[0] != '{') return null;
            try
            {
                using var reader = new JsonTextReader(new System.IO.StringReader(body)) { DateParseHandling = DateParseHandling.None, MaxDepth = LettaJson.MaxDepth };
                return (JToken.ReadFrom(reader) as JObject)?["detail"];
            }
            catch (JsonException)
            {
                return null;
            }
        }

        private static IReadOnlyList<ValidationError> ValidationErrorsOf(JArray array)
        {
            try
            {
                // The generated reader, as for every body: no reflection.
                using var reader = array.CreateReader();
                reader.Read();
                LettaJsonFields.Read(reader, out List<ValidationError>? errors);
                return errors ?? new List<ValidationError>();
            }
            catch (Exception exception) when (exception is JsonException || exception is FormatException)
            {
                return Array.Empty<ValidationError>();
            }
        }
    }
}
