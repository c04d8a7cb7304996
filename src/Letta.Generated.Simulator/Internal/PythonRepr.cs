using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Letta.Generated.Simulator.Internal
{
    /// <summary>
    /// Renders validation errors as Python's <c>repr()</c> of the error list, because the real server puts
    /// <c>str(errors)</c> into its 422 <c>detail</c> instead of the declared array.
    /// </summary>
    internal static class PythonRepr
    {
        public static string Of(IReadOnlyList<ValidationIssue> issues)
        {
            var text = new StringBuilder("[");
            for (var i = 0; i < issues.Count; i++)
            {
                var issue = issues[i];
                if (i > 0)
                {
                    text.Append(", ");
                }

                text.Append("{'type': ").Append(String(issue.Type))
                    .Append(", 'loc': ('query', ").Append(String(issue.Parameter)).Append(')')
                    .Append(", 'msg': ").Append(String(issue.Message))
                    .Append(", 'input': ").Append(String(issue.Input));
                if (issue.Expected is not null)
                {
                    text.Append(", 'ctx': {'expected': ").Append(String(issue.Expected)).Append('}');
                }

                text.Append('}');
            }

            return text.Append(']').ToString();
        }

        /// <summary>Python's string repr: single quotes unless the text holds a single quote and no double quote.</summary>
        public static string String(string value)
        {
            var quote = value.Contains("'") && !value.Contains("\"") ? '"' : '\'';
            var text = new StringBuilder().Append(quote);
            foreach (var c in value)
            {
                switch (c)
                {
                    case '\\': text.Append("\\\\"); break;
                    case '\n': text.Append("\\n"); break;
                    case '\r': text.Append("\\r"); break;
                    case '\t': text.Append("\\t"); break;
                    default:
                        if (c == quote)
                        {
                            text.Append('\\').Append(c);
                        }
                        else if (c < ' ' || c == '\x7f')
                        {
                            text.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            text.Append(c);
                        }

                        break;
                }
            }

            return text.Append(quote).ToString();
        }
    }
}
