using System;
using System.Collections.Generic;

namespace Letta.Generated
{
    /// <summary>Response headers as users read them: names compared case-insensitively, as HTTP defines.</summary>
    internal static class HeaderDictionary
    {
        public static IReadOnlyDictionary<string, IEnumerable<string>> CaseInsensitive(IReadOnlyDictionary<string, IEnumerable<string>> headers)
        {
            var copy = new Dictionary<string, IEnumerable<string>>(headers.Count, StringComparer.OrdinalIgnoreCase);
            foreach (var header in headers) copy[header.Key] = header.Value;
            return copy;
        }
    }
}
