using System.Linq;
using System.Text;

namespace Letta.Generated.Cli.Options
{
    /// <summary>
    /// <c>--help</c>: every option with its default and environment variable (from <see cref="OptionSpecs"/>), the
    /// environment, the exit codes and examples, wrapped to a width at spaces (never mid-word; a word longer than the
    /// line stays whole). The README's CLI section shows this text at 80 columns verbatim (a test checks).
    /// </summary>
    internal static class HelpText
    {
        private const string DescriptionIndent = "        ";

        private static readonly string[] Examples =
        {
            "letta-batches --demo                             # try it: a built-in server",
            "letta-batches --api-key \"$LETTA_API_KEY\" --format jsonl > batches.jsonl",
            "letta-batches --base-url http://localhost:8283 --order asc --format csv",
            "letta-batches --max-items 100 --format json      # stops; token on stderr",
            "letta-batches --max-items 100 --format json --continue <token>",
            "letta-batches --after job-... --page-size 20 --format jsonl   # one raw page",
            "letta-batches --count-only",
            "letta-batches --watch                            # Ctrl+C stops",
            "letta-batches --demo --watch --interval 1s --format jsonl",
            "letta-batches --wait job-... --timeout 30m && echo done",
        };

        /// <summary>The help text, each line at most <paramref name="width"/> columns where its words allow.</summary>
        public static string Render(int width)
        {
            var text = new StringBuilder();
            void Line(string line, string hanging) => Wrap(text, line, width, hanging);

            Line("letta-batches: lists Letta message batches (GET /v1/messages/batches), every page, in order. Letta lists only batches that are created or running.", string.Empty);
            text.Append('\n');
            Line("Usage: letta-batches [options]", string.Empty);
            foreach (var section in OptionSpecs.All.Select(s => s.Section).Distinct())
            {
                text.Append('\n').Append(section).Append(":\n");
                foreach (var spec in OptionSpecs.All.Where(s => s.Section == section))
                {
                    Line("  " + spec.Synopsis, DescriptionIndent);
                    foreach (var paragraph in spec.Description) Line(DescriptionIndent + paragraph, DescriptionIndent + "  ");
                    var defaults = DescriptionIndent + "Default: " + spec.DefaultText + ".";
                    if (spec.Environment is not null) defaults += " Environment: " + spec.Environment + ".";
                    Line(defaults, DescriptionIndent + "  ");
                }
            }

            text.Append("\nEnvironment:\n");
            Line("  LETTA_BASE_URL, LETTA_API_KEY  as --base-url and --api-key (the options win; --demo ignores them).", "                                 ");
            Line("  LETTA_CUSTOM_HEADERS           extra request headers: newline-separated 'Name: value' lines.", "                                 ");
            Line("  NO_COLOR                       set (to anything): no colour, as --no-color.", "                                 ");
            Line("  COLUMNS                        the width the table and this help fit in a terminal.", "                                 ");
            text.Append("\nExit codes:\n");
            Line("  0    listed (also when --max-items stopped it, or the reader closed stdout); --wait: the batch is no longer listed", "       ");
            Line("  1    the server, the connection or the output failed; a started listing prints its --continue token on stderr (json output is still a closed array); --wait: --timeout ran out", "       ");
            Line("  2    bad arguments or configuration; nothing was sent", "       ");
            Line("  130  Ctrl+C, 143  SIGTERM; a listing prints the --continue token on stderr", "       ");
            text.Append("\nExamples:\n");
            foreach (var example in Examples) Line("  " + example, "      ");
            return text.ToString();
        }

        /// <summary>The short reminder under a usage error.</summary>
        public const string UsageHint = "Usage: letta-batches [options]   (letta-batches --help lists them all)";

        /// <summary>
        /// Appends <paramref name="line"/> broken at spaces so each piece fits <paramref name="width"/>; pieces after
        /// the first start with <paramref name="hanging"/>. Runs of spaces that align columns are kept.
        /// </summary>
        private static void Wrap(StringBuilder text, string line, int width, string hanging)
        {
            var rest = line;
            var prefix = string.Empty;
            while (prefix.Length + rest.Length > width)
            {
                var room = width - prefix.Length;
                var indent = prefix.Length == 0 ? rest.Length - rest.TrimStart(' ').Length : 0;
                var cut = room < rest.Length ? rest.LastIndexOf(' ', room) : -1;
                if (cut <= indent)
                {
                    // One word longer than the line: kept whole, broken after it.
                    cut = rest.IndexOf(' ', indent);
                    if (cut < 0) break;
                }

                text.Append(prefix).Append(rest, 0, cut).Append('\n');
                rest = rest.Substring(cut).TrimStart(' ');
                prefix = hanging;
            }

            text.Append(prefix).Append(rest).Append('\n');
        }
    }
}
