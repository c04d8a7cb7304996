using System;
using System.Collections.Generic;

namespace Letta.Generated.Simulator.Internal
{
    /// <summary>
    /// Splits a raw query string into decoded pairs, keeping empty values (<c>?limit=</c>) and repeats, which
    /// matter to the server's validation and which WireMock's own parsed query does not preserve faithfully.
    /// </summary>
    internal static class QueryString
    {
        public static IReadOnlyList<KeyValuePair<string, string>> Parse(string? rawQuery)
        {
            var pairs = new List<KeyValuePair<string, string>>();
            if (string.IsNullOrEmpty(rawQuery))
            {
                return pairs;
            }

            var query = rawQuery![0] == '?' ? rawQuery.Substring(1) : rawQuery;
            foreach (var part in query.Split('&'))
            {
                if (part.Length == 0)
                {
                    continue;
                }

                var equals = part.IndexOf('=');
                var name = equals < 0 ? part : part.Substring(0, equals);
                var value = equals < 0 ? string.Empty : part.Substring(equals + 1);
                pairs.Add(new KeyValuePair<string, string>(Decode(name), Decode(value)));
            }

            return pairs;
        }

        // Form-style decoding, as Starlette does: '+' is a space.
        private static string Decode(string value) => Uri.UnescapeDataString(value.Replace('+', ' '));
    }
}
