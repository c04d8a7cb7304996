using System.Text;

namespace Letta.Generated
{
    /// <summary>
    /// The one-line messages of this library's exceptions. Server text in them is cut, its whitespace collapsed
    /// and its control characters escaped (<c>\u001b</c>), so a message logged or printed cannot move a cursor,
    /// retitle a window or break a line; the raw text stays in the exception's properties.
    /// </summary>
    internal static class ErrorMessages
    {
        private const int DefaultExcerptChars = 300;

        public static string Excerpt(string? text, int maxChars = DefaultExcerptChars)
        {
            if (string.IsNullOrWhiteSpace(text)) return "(empty body)";
            // No capacity hint: an excerpt is a few hundred chars, and a hint's arithmetic would only add untestable mutants.
            var builder = new StringBuilder();
            // Stryker disable once Boolean : its one mutant, false to true, changes nothing: leading whitespace is dropped by builder.Length > 0 either way
            var lastWasSpace = false;
            foreach (var c in text!)
            {
                if (builder.Length >= maxChars)
                {
                    builder.Append('…');
                    break;
                }

                if (char.IsWhiteSpace(c))
                {
                    if (!lastWasSpace && builder.Length > 0) builder.Append(' ');
                    lastWasSpace = true;
                    continue;
                }

                lastWasSpace = false;
                // Line and paragraph separators (U+2028/9) are whitespace: collapsed to a space above.
                if (char.IsControl(c) || c is '\u202e' or '\u200f')
                {
                    builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append(c);
                }
            }

            return builder.ToString().TrimEnd();
        }

        public static string Status(int status) => status switch
        {
            200 => "200 OK",
            400 => "400 Bad Request",
            401 => "401 Unauthorized",
            403 => "403 Forbidden",
            404 => "404 Not Found",
            408 => "408 Request Timeout",
            409 => "409 Conflict",
            422 => "422 Unprocessable Entity",
            429 => "429 Too Many Requests",
            500 => "500 Internal Server Error",
            502 => "502 Bad Gateway",
            503 => "503 Service Unavailable",
            504 => "504 Gateway Timeout",
            _ => "HTTP " + status.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
