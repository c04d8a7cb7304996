using System.Linq;
using System.Text;

namespace Letta.Generated.Cli.Options
{
    /// <summary>
    /// <c>--help</c>: every option with its default and environment variable (from <see cref="OptionSpecs"/>), the
    /// environment, the exit codes and examples. The README's CLI section shows this text verbatim (a test checks).
    /// </summary>
    internal static class HelpText
    {
        private static readonly string[] Examples =
        {
            "letta-batches --demo                                         # try it: a built-in server",
            "letta-batches --api-key \"$LETTA_API_KEY\" --format jsonl > batches.jsonl",
            "letta-batches --base-url http://localhost:8283 --order asc --format csv",
            "letta-batches --max-items 100 --format json                  # stops; token on stderr",
            "letta-batches --max-items 100 --format json --continue <token>   # exactly the rest",
            "letta-batches --after job-... --page-size 20 --format jsonl  # one raw page",
            "letta-batches --count-only",
        };

        public static string Render()
        {
            var text = new StringBuilder();
            text.Append("letta-batches: lists Letta message batches (GET /v1/messages/batches), every page, in order.\n");
            text.Append("Letta lists only batches that are created or running.\n\n");
            text.Append("Usage: letta-batches [options]\n");
            foreach (var section in OptionSpecs.All.Select(s => s.Section).Distinct())
            {
                text.Append('\n').Append(section).Append(":\n");
                foreach (var spec in OptionSpecs.All.Where(s => s.Section == section))
                {
                    text.Append("  ").Append(spec.Synopsis).Append('\n');
                    foreach (var line in spec.Description) text.Append("        ").Append(line).Append('\n');
                    text.Append("        Default: ").Append(spec.DefaultText).Append('.');
                    if (spec.Environment is not null) text.Append(" Environment: ").Append(spec.Environment).Append('.');
                    text.Append('\n');
                }
            }

            text.Append("\nEnvironment:\n");
            text.Append("  LETTA_BASE_URL, LETTA_API_KEY  as --base-url and --api-key (the options win; --demo ignores them).\n");
            text.Append("  LETTA_CUSTOM_HEADERS           extra request headers: newline-separated 'Name: value' lines.\n");
            text.Append("\nExit codes:\n");
            text.Append("  0    listed (also when --max-items stopped it, or the reader closed stdout)\n");
            text.Append("  1    the server, the connection or the output failed; a started listing prints its\n");
            text.Append("       --continue token on stderr (json output is still a closed array)\n");
            text.Append("  2    bad arguments or configuration; nothing was sent\n");
            text.Append("  130  Ctrl+C, 143  SIGTERM; both print the --continue token on stderr\n");
            text.Append("\nExamples:\n");
            foreach (var example in Examples) text.Append("  ").Append(example).Append('\n');
            return text.ToString();
        }

        /// <summary>The short reminder under a usage error.</summary>
        public const string UsageHint = "Usage: letta-batches [options]   (letta-batches --help lists them all)";
    }
}
