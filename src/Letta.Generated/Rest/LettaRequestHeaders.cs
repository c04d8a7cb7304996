using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Reflection;

namespace Letta.Generated
{
    /// <summary>
    /// The headers every request carries, computed once from the options: the bearer key (only when
    /// there is one), User-Agent, the project header and the user's extra headers.
    /// </summary>
    internal sealed class LettaRequestHeaders
    {
        /// <summary>Sent on retried requests only, with the number of the retry (1, 2, ...).</summary>
        public const string RetryCountHeader = "x-stainless-retry-count";

        /// <summary>The User-Agent this library sends: <c>Letta.Generated/&lt;version&gt;</c>.</summary>
        public static readonly string UserAgent = "Letta.Generated/" + LibraryVersion();

        private readonly AuthenticationHeaderValue? _authorization;
        private readonly KeyValuePair<string, string>[] _extra;

        public LettaRequestHeaders(string? apiKey, string? projectId, IEnumerable<KeyValuePair<string, string>> extraHeaders)
        {
            _authorization = string.IsNullOrEmpty(apiKey) ? null : new AuthenticationHeaderValue("Bearer", apiKey);
            var extra = new List<KeyValuePair<string, string>>();
            if (!string.IsNullOrEmpty(projectId)) extra.Add(new KeyValuePair<string, string>("X-Project-Id", projectId!));
            extra.AddRange(extraHeaders);
            _extra = extra.ToArray();
        }

        public void ApplyTo(HttpRequestMessage request, int retryAttempt)
        {
            if (_authorization is not null) request.Headers.Authorization = _authorization;
            request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
            foreach (var header in _extra)
            {
                request.Headers.Remove(header.Key);
                request.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
            if (retryAttempt > 0)
            {
                request.Headers.TryAddWithoutValidation(RetryCountHeader, retryAttempt.ToString(CultureInfo.InvariantCulture));
            }
        }

        private static string LibraryVersion()
        {
            var informational = typeof(LettaRequestHeaders).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            if (string.IsNullOrEmpty(informational)) return typeof(LettaRequestHeaders).Assembly.GetName().Version?.ToString() ?? "0.0.0";
            var plus = informational!.IndexOf('+');
            return plus < 0 ? informational : informational.Substring(0, plus);
        }
    }
}
