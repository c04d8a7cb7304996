using System;
using System.Net.Http;

namespace Letta.Generated
{
    /// <summary>The cursor (<c>after</c>, else <c>before</c>) a request sent, read back from its URL for error messages.</summary>
    internal static class RequestCursor
    {
        public static string? Of(HttpRequestMessage? request)
        {
            var query = request?.RequestUri is { IsAbsoluteUri: true } uri ? uri.Query : string.Empty;
            return Parameter(query, "after") ?? Parameter(query, "before");
        }

        private static string? Parameter(string query, string name)
        {
            foreach (var pair in query.TrimStart('?').Split('&'))
            {
                var equals = pair.IndexOf('=');
                if (equals > 0 && pair.Substring(0, equals) == name)
                {
                    var value = Uri.UnescapeDataString(pair.Substring(equals + 1).Replace('+', ' '));
                    return value.Length == 0 ? null : value;
                }
            }

            return null;
        }
    }
}
