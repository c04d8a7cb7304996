using System;
using System.Net.Http;

namespace Letta.Generated
{
    /// <summary>The cursor (<c>after</c>, else <c>before</c>) a request sent, read back from its URL for error messages.</summary>
    internal static class RequestCursor
    {
        public static string? Of(HttpRequestMessage? request)
        {
            if (request?.RequestUri is not { IsAbsoluteUri: true } uri) return null;
            return Parameter(uri.Query, "after=") ?? Parameter(uri.Query, "before=");
        }

        /// <summary>The decoded value of the first <paramref name="prefix"/> (<c>name=</c>) pair; null when absent or empty.</summary>
        private static string? Parameter(string query, string prefix)
        {
            foreach (var pair in query.TrimStart('?').Split('&'))
            {
                if (!pair.StartsWith(prefix, StringComparison.Ordinal)) continue;
                var value = Uri.UnescapeDataString(pair.Substring(prefix.Length).Replace('+', ' '));
                return value.Length == 0 ? null : value;
            }

            return null;
        }
    }
}
