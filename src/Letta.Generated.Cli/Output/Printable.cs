using System.Globalization;
using System.Text;

namespace Letta.Generated.Cli.Output
{
    /// <summary>
    /// Server text made safe for a terminal: control characters (ESC, CR, LF, tab, DEL, C1) and the invisible
    /// direction and line-separator marks are written as <c>\u001b</c>, the library's own convention, so a value
    /// can neither move the cursor, retitle a window, reorder a line, nor break a table row. Only for output meant
    /// for people (table, error lines, notes); json, jsonl and csv stay exact.
    /// </summary>
    internal static class Printable
    {
        public static string Of(string? text)
        {
            if (string.IsNullOrEmpty(text)) return text ?? string.Empty;
            var clean = true;
            foreach (var c in text)
            {
                if (NeedsEscape(c))
                {
                    clean = false;
                    break;
                }
            }

            if (clean) return text;
            var builder = new StringBuilder(text.Length + 16);
            foreach (var c in text)
            {
                if (NeedsEscape(c)) builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                else builder.Append(c);
            }

            return builder.ToString();
        }

        private static bool NeedsEscape(char c) =>
            char.IsControl(c)
            || c is '\u2028' or '\u2029'                       // line and paragraph separators
            || c is '\u200e' or '\u200f' or '\u061c'           // direction marks
            || (c >= '\u202a' && c <= '\u202e')                // embeddings and overrides
            || (c >= '\u2066' && c <= '\u2069');               // isolates
    }
}
