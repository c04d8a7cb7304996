using System.Globalization;
using System.Text;

namespace Letta.Generated
{
    /// <summary>
    /// The one sanitizer of server text for this library and its CLI, and the one-line messages of this library's
    /// exceptions. Server text in a message is cut, its whitespace collapsed and its control characters and invisible
    /// direction marks escaped (<c>\u001b</c>, <c>\u2066</c>), so a message logged or printed cannot move a cursor,
    /// retitle a window, reorder a line or break one; the raw text stays in the exception's properties.
    /// </summary>
    internal static class ErrorMessages
    {
        private const int DefaultExcerptChars = 300;

        /// <summary>
        /// An excerpt of server text for a message: whitespace collapsed, escaped, cut at
        /// <paramref name="maxChars"/>; <c>(empty body)</c> for none.
        /// </summary>
        public static string Excerpt(string? text, int maxChars = DefaultExcerptChars) =>
            string.IsNullOrWhiteSpace(text) ? "(empty body)" : OneLine(text!, maxChars);

        /// <summary>Whitespace (line breaks included) collapsed to single spaces, escaped, cut at <paramref name="maxChars"/> with <c>…</c>.</summary>
        public static string OneLine(string text, int maxChars = DefaultExcerptChars)
        {
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

                // Line and paragraph separators (U+2028/9) are whitespace: collapsed to a space here.
                if (char.IsWhiteSpace(c))
                {
                    if (!lastWasSpace && builder.Length > 0) builder.Append(' ');
                    lastWasSpace = true;
                    continue;
                }

                lastWasSpace = false;
                AppendEscaped(builder, c);
            }

            return builder.ToString().TrimEnd();
        }

        /// <summary>
        /// Text kept as it is except for the characters a terminal or a log viewer would act on, written as
        /// <c>\u001b</c>: see <see cref="NeedsEscape"/>. Null reads as empty.
        /// </summary>
        public static string Printable(string? text)
        {
            if (string.IsNullOrEmpty(text)) return string.Empty;
            var first = 0;
            while (first < text!.Length && !NeedsEscape(text[first])) first++;
            if (first == text.Length) return text;
            var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
            for (var i = first; i < text.Length; i++) AppendEscaped(builder, text[i]);
            return builder.ToString();
        }

        /// <summary>
        /// C0 and C1 controls (ESC, CR, LF, tab, DEL…), the line and paragraph separators, and every invisible
        /// direction mark: LRM, RLM, ALM, the embeddings and overrides U+202A–U+202E and the isolates U+2066–U+2069.
        /// </summary>
        public static bool NeedsEscape(char c) =>
            char.IsControl(c)
            || c is '\u2028' or '\u2029'
            || c is '\u200e' or '\u200f' or '\u061c'
            || (c >= '\u202a' && c <= '\u202e')
            || (c >= '\u2066' && c <= '\u2069');

        private static void AppendEscaped(StringBuilder builder, char c)
        {
            if (NeedsEscape(c)) builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else builder.Append(c);
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
            _ => "HTTP " + status.ToString(CultureInfo.InvariantCulture),
        };
    }
}
