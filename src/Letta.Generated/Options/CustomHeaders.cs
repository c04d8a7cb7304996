using System;
using System.Collections.Generic;
using System.Linq;

namespace Letta.Generated
{
    /// <summary>Parses and checks extra headers (<c>LETTA_CUSTOM_HEADERS</c>: newline-separated <c>Name: value</c> lines).</summary>
    internal static class CustomHeaders
    {
        private const string TokenPunctuation = "!#$%&'*+-.^_`|~";

        public static IEnumerable<KeyValuePair<string, string>> Parse(string? lines)
        {
            if (string.IsNullOrWhiteSpace(lines)) yield break;
            foreach (var raw in lines!.Split('\n'))
            {
                var line = raw.TrimEnd('\r');
                if (line.Trim().Length == 0) continue;
                var colon = line.IndexOf(':');
                if (colon <= 0)
                {
                    throw new ArgumentException("LETTA_CUSTOM_HEADERS must hold 'Name: value' lines; a line has no header name.", "LETTA_CUSTOM_HEADERS");
                }
                var name = line.Substring(0, colon).Trim();
                var value = line.Substring(colon + 1).Trim();
                Validate(name, value, "LETTA_CUSTOM_HEADERS");
                yield return new KeyValuePair<string, string>(name, value);
            }
        }

        public static void Validate(string name, string value, string source)
        {
            if (string.IsNullOrEmpty(name) || !name.All(c => c < 128 && (char.IsLetterOrDigit(c) || TokenPunctuation.IndexOf(c) >= 0)))
            {
                throw new ArgumentException(source + ": '" + name + "' is not a valid header name.", source);
            }
            if (value is null || !IsValidValue(value))
            {
                throw new ArgumentException(source + ": the value of header '" + name + "' must not contain newlines or control characters.", source);
            }
        }

        public static bool IsValidValue(string value) => !value.Any(c => char.IsControl(c) && c != '\t');
    }
}
