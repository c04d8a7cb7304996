using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;

namespace Letta.Generated
{
    /// <summary>A response's headers and content headers as one case-insensitive dictionary, values redacted.</summary>
    internal static class ResponseHeaders
    {
        public static IReadOnlyDictionary<string, IEnumerable<string>> Of(HttpResponseMessage response, SecretRedactor redactor)
        {
            var headers = new Dictionary<string, IEnumerable<string>>(StringComparer.OrdinalIgnoreCase);
            foreach (var header in response.Headers) headers[header.Key] = header.Value.Select(redactor.Redact).ToArray();
            if (response.Content is not null)
            {
                foreach (var header in response.Content.Headers) headers[header.Key] = header.Value.Select(redactor.Redact).ToArray();
            }

            return headers;
        }

        /// <summary>A copy of <paramref name="headers"/> whose names compare case-insensitively; empty for null.</summary>
        public static IReadOnlyDictionary<string, IEnumerable<string>> CaseInsensitive(IReadOnlyDictionary<string, IEnumerable<string>>? headers)
        {
            var copy = new Dictionary<string, IEnumerable<string>>(StringComparer.OrdinalIgnoreCase);
            if (headers is null) return copy;
            foreach (var header in headers) copy[header.Key] = header.Value;
            return copy;
        }
    }
}
