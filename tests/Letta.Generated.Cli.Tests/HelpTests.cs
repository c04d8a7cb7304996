using System;
using System.IO;
using System.Threading.Tasks;
using Letta.Generated.Cli.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Cli.Tests
{
    /// <summary>--help: every option with its default and environment variable, the formats, exit codes, examples; the README shows it verbatim.</summary>
    public sealed class HelpTests
    {
        [Test]
        [CancelAfter(10_000)]
        public async Task Help_goes_to_stdout_with_exit_0_and_sends_nothing()
        {
            var run = await CliRun.RunAsync("--help");

            Assert.That(run.ExitCode, Is.EqualTo(0));
            Assert.That(run.Stdout, Does.StartWith("letta-batches: lists Letta message batches (GET /v1/messages/batches), every\npage, in order."));
            Assert.That(run.Stderr, Is.Empty);
        }

        [TestCase("  --demo\n", "Default: off.\n")]
        [TestCase("  --base-url <URL>\n", "Default: https://api.letta.com (Letta Cloud). Environment: LETTA_BASE_URL.\n")]
        [TestCase("  --api-key <KEY>\n", "Default: none (Letta Cloud needs one). Environment: LETTA_API_KEY.\n")]
        [TestCase("  --order <asc|desc>\n", "Default: desc.\n")]
        [TestCase("  --page-size <N>\n", "Default: 100.\n")]
        [TestCase("  --max-items <N>\n", "Default: all.\n")]
        [TestCase("  --continue <TOKEN>\n", "Default: none.\n")]
        [TestCase("  --after <ID>\n", "Default: none.\n")]
        [TestCase("  --before <ID>\n", "Default: none.\n")]
        [TestCase("  -f, --format <FORMAT>\n", "Default: table.\n")]
        [TestCase("  --count-only\n", "Default: off.\n")]
        [TestCase("  -v, --verbose\n", "Default: off.\n")]
        [TestCase("  -h, --help\n", "Default: off.\n")]
        [TestCase("  --version\n", "Default: off.\n")]
        [TestCase("  --no-color\n", "Default: colour in a terminal, unless NO_COLOR is set.\n")]
        [TestCase("  -w, --watch\n", "Default: off.\n")]
        [TestCase("  --wait <ID>\n", "Default: none.\n")]
        [TestCase("  --interval <DURATION>\n", "Default: 5s.\n")]
        [TestCase("  --timeout <DURATION>\n", "Default: none.\n")]
        [CancelAfter(10_000)]
        public async Task Help_shows_every_option_with_its_default_and_environment_variable(string option, string defaultLine)
        {
            // Lines wrapped at 80 columns continue indented by ten spaces: read them as one.
            var help = (await CliRun.RunAsync("--help")).Stdout.Replace("\n          ", " ", StringComparison.Ordinal);

            var start = help.IndexOf(option, StringComparison.Ordinal);
            Assert.That(start, Is.GreaterThanOrEqualTo(0), option);
            var end = help.IndexOf("        Default: ", start, StringComparison.Ordinal);
            Assert.That(help.Substring(end + "        ".Length), Does.StartWith(defaultLine));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Help_says_json_is_exact_and_table_and_csv_are_normalized_for_people()
        {
            var help = (await CliRun.RunAsync("--help")).Stdout;

            Assert.That(help, Does.Contain("        json, jsonl: each batch exactly as the server sent it (every field,\n          nulls, unknown fields, values and timestamps unchanged).\n"));
            Assert.That(help, Does.Contain("        table, csv: for people: timestamps in UTC, durations readable (850ms,\n"));
            Assert.That(help, Does.Contain("RFC 4180 (CRLF line ends)."));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Help_names_the_custom_headers_variable_the_exit_codes_and_examples()
        {
            var help = (await CliRun.RunAsync("--help")).Stdout;

            Assert.That(help, Does.Contain("  LETTA_CUSTOM_HEADERS           extra request headers: newline-separated 'Name:\n                                 value' lines.\n"));
            Assert.That(help, Does.Contain("  130  Ctrl+C, 143  SIGTERM; a listing prints the --continue token on stderr\n"));
            Assert.That(help, Does.Contain("--wait: the batch is no longer listed"));
            Assert.That(help, Does.Contain("--wait: --timeout ran out"));
            Assert.That(help, Does.Contain("\nExamples:\n  letta-batches --demo "));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Help_says_what_left_means_and_what_watch_prints_in_each_format()
        {
            var help = (await CliRun.RunAsync("--help")).Stdout.Replace("\n          ", " ", StringComparison.Ordinal);

            Assert.That(help, Does.Contain("'left' means no longer listed: Letta lists only created and running batches, so it finished, failed, was cancelled or expired; the listing cannot say which."));
            Assert.That(help, Does.Contain("jsonl: one line per change, {\"event\":\"appeared\"|\"changed\"|\"left\",\"at\":\"<UTC ISO 8601>\",\"batch\":<the batch exactly as the server sent it>}. Other formats are refused."));
            Assert.That(help, Does.Contain("\nWatching:\n"));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Help_piped_fits_80_columns_and_breaks_lines_only_at_spaces()
        {
            var help = (await CliRun.RunAsync("--help")).Stdout;

            Assert.That(help.Split('\n'), Has.All.Length.LessThanOrEqualTo(80));
            Assert.That(help, Does.Contain("        Default: https://api.letta.com (Letta Cloud). Environment:\n          LETTA_BASE_URL.\n"));
            Assert.That(help, Does.Contain("\n  NO_COLOR                       set (to anything): no colour, as --no-color.\n"));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Help_in_a_terminal_wraps_to_its_width_and_COLUMNS_wins()
        {
            var wide = await CliRun.RunAsync(new[] { "--help" }, terminal: new CliTerminal(true, false, 200));
            var narrow = await CliRun.RunAsync(new[] { "--help" }, environment: new System.Collections.Generic.Dictionary<string, string> { ["COLUMNS"] = "60" }, terminal: new CliTerminal(true, false, 200));

            Assert.That(wide.Stdout, Does.StartWith("letta-batches: lists Letta message batches (GET /v1/messages/batches), every page, in order. Letta lists only batches that are created or running.\n"));
            Assert.That(narrow.Stdout.Split('\n'), Has.All.Length.LessThanOrEqualTo(60));
            Assert.That(narrow.Stdout, Does.StartWith("letta-batches: lists Letta message batches (GET\n/v1/messages/batches), every page, in order. Letta lists\n"));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task The_readme_cli_section_shows_the_help_text_verbatim()
        {
            var help = (await CliRun.RunAsync("--help")).Stdout;
            var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md")).Replace("\r\n", "\n");

            Assert.That(readme, Does.Contain("```text\n$ letta-batches --help\n" + help + "```\n"),
                "README.md's CLI section must show `letta-batches --help` exactly; paste the current output:\n" + help);
        }
    }
}
