using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;

namespace Letta.Generated
{
    /// <summary>
    /// Parses and checks extra headers (<c>LETTA_CUSTOM_HEADERS</c>: newline-separated <c>Name: value</c> lines;
    /// <see cref="LettaClientOptions.DefaultHeaders"/>). A header that could not be sent is an argument error
    /// now, not a failure at send time.
    /// </summary>
    internal static class CustomHeaders
    {
        private const string TokenPunctuation = "!#$%&'*+-.^_`|~";

        // Framing and connection headers belong to the HTTP stack; sending them by hand breaks the request.
        private static readonly HashSet<string> Reserved = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Host", "Content-Length", "Transfer-Encoding", "Connection", "Keep-Alive", "Upgrade", "Expect", "TE", "Trailer", "Proxy-Connection",
        };

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

        /// <summary>Throws an <see cref="ArgumentException"/> naming <paramref name="source"/> and the header (never its value).</summary>
        public static void Validate(string name, string value, string source)
        {
            if (string.IsNullOrEmpty(name) || !name.All(c => c < 128 && (char.IsLetterOrDigit(c) || TokenPunctuation.IndexOf(c) >= 0)))
            {
                throw new ArgumentException(source + ": '" + ErrorMessages.Excerpt(name) + "' is not a valid header name.", source);
            }

            if (Reserved.Contains(name))
            {
                throw new ArgumentException(source + ": '" + name + "' is set by the HTTP stack and cannot be configured.", source);
            }

            if (value is null || !IsValidValue(value))
            {
                throw new ArgumentException(source + ": the value of header '" + name + "' must be printable ASCII (no newlines, control or non-ASCII characters).", source);
            }

            using var probe = new HttpRequestMessage();
            if (!probe.Headers.TryAddWithoutValidation(name, value))
            {
                // Content-Type and the other content headers cannot go on a request without a body.
                throw new ArgumentException(source + ": '" + name + "' is a content header, which a request without a body cannot carry.", source);
            }
        }

        public static bool IsValidValue(string value) => value.All(c => c == '\t' || (c >= ' ' && c < 127));
    }
}
