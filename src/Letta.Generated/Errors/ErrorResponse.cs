using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Letta.Generated
{
    /// <summary>
    /// What an error response says, read once for <see cref="LettaApiException"/>: the <c>detail</c> of a
    /// FastAPI error body (a string, or the declared list of validation errors), and the headers users need.
    /// </summary>
    internal static class ErrorResponse
    {
        /// <summary>Where servers and gateways put a request id, most specific first.</summary>
        public static readonly string[] RequestIdHeaders = { "x-request-id", "request-id", "x-amzn-requestid", "cf-ray" };


        /// <summary>The <c>detail</c> as text; null when the body is not a JSON object with one.</summary>
        public static string? Detail(string body)
        {
            switch (DetailToken(body))
            {
                case null:
                    return null;
                case JValue value when value.Type == JTokenType.String:
                    return (string?)value;
                case JArray array:
                    var errors = ValidationErrors(array);
                    return errors.Count > 0 ? string.Join("; ", errors.Select(Describe)) : array.ToString(Formatting.None);
                case var other:
                    return other.ToString(Formatting.None);
            }
        }

        /// <summary>The declared list of validation errors, when <c>detail</c> has that shape; otherwise empty.</summary>
        public static IReadOnlyList<ValidationError> ValidationErrors(string body) =>
            DetailToken(body) is JArray array ? ValidationErrors(array) : Array.Empty<ValidationError>();

        /// <summary>"Now" for an HTTP-date <c>Retry-After</c>: the response's own <c>Date</c>, so clock skew cancels out.</summary>
        public static DateTimeOffset Now(IReadOnlyDictionary<string, IEnumerable<string>> headers)
        {
            var date = headers.TryGetValue("Date", out var values) ? values.FirstOrDefault() : null;
            return date is not null && DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                ? parsed
                : DateTimeOffset.UtcNow;
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

        private static IReadOnlyList<ValidationError> ValidationErrors(JArray array)
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
