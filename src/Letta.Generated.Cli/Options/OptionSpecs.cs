using System.Collections.Generic;
using System.Globalization;

namespace Letta.Generated.Cli.Options
{
    /// <summary>Every option of <c>letta-batches</c>, in the order <c>--help</c> lists them.</summary>
    internal static class OptionSpecs
    {
        public static IReadOnlyList<OptionSpec> All { get; } = new[]
        {
            new OptionSpec("Server", "--demo", null, null, "off", null,
                new[] { "List a built-in simulated Letta server, in-process (no network, no key)." },
                (o, _) => o.Demo = true),
            new OptionSpec("Server", "--base-url", null, "URL", "https://api.letta.com (Letta Cloud)", "LETTA_BASE_URL",
                new[] { "The Letta server, such as http://localhost:8283 for a self-hosted one." },
                (o, v) => o.BaseUrl = v),
            new OptionSpec("Server", "--api-key", null, "KEY", "none (Letta Cloud needs one)", "LETTA_API_KEY",
                new[] { "Sent as 'Authorization: Bearer <KEY>'; never printed." },
                (o, v) => o.ApiKey = v),
            new OptionSpec("Listing", "--order", null, "asc|desc", "desc", null,
                new[] { "By creation time: desc is newest first, asc oldest first." },
                (o, v) => o.Order = Order(v)),
            new OptionSpec("Listing", "--page-size", null, "N", ListAllBatchesOptions.DefaultPageSize.ToString(CultureInfo.InvariantCulture), null,
                new[] { "Batches per request, 1 to " + CliOptions.MaxPageSize.ToString(CultureInfo.InvariantCulture) + "." },
                (o, v) => o.PageSize = (int)Number("--page-size", v, 1, CliOptions.MaxPageSize)),
            new OptionSpec("Listing", "--max-items", null, "N", "all", null,
                new[] { "Stop after N batches (also for --after/--before); the token to resume with is printed on stderr." },
                (o, v) => o.MaxItems = Number("--max-items", v, 1, long.MaxValue)),
            new OptionSpec("Listing", "--continue", null, "TOKEN", "none", null,
                new[] { "Resume a listing that stopped (--max-items, an error, Ctrl+C, SIGTERM) with exactly the rest; use the same --order." },
                (o, v) => o.Continue = NonBlank("--continue", v, "the token printed by an earlier listing")),
            new OptionSpec("Listing", "--after", null, "ID", "none", null,
                new[] { "Fetch ONE raw page after this batch id, as the server reads cursors (no paging)." },
                (o, v) => o.After = NonBlank("--after", v, "a batch id")),
            new OptionSpec("Listing", "--before", null, "ID", "none", null,
                new[] { "Fetch ONE raw page before this batch id, as the server reads cursors (no paging)." },
                (o, v) => o.Before = NonBlank("--before", v, "a batch id")),
            new OptionSpec("Watching", "--watch", "-w", null, "off", null,
                new[]
                {
                    "Keep listing every --interval and print each change: every batch listed at first as 'appeared', then what appeared, changed (any field) or left. Runs until Ctrl+C or SIGTERM (exit 130 or 143), with every change printed.",
                    "'left' means no longer listed: Letta lists only created and running batches, so it finished, failed, was cancelled or expired; the listing cannot say which.",
                    "table: one row per change, the first column saying what happened. jsonl: one line per change, {\"event\":\"appeared\"|\"changed\"|\"left\",\"at\":\"<UTC ISO 8601>\",\"batch\":<the batch exactly as the server sent it>}. Other formats are refused.",
                },
                (o, _) => o.Watch = true),
            new OptionSpec("Watching", "--wait", null, "ID", "none", null,
                new[] { "Poll every --interval until this batch is no longer listed (it finished, failed, was cancelled or expired), then exit 0. A batch not listed at the first poll is reported and exits 0 at once." },
                (o, v) => o.WaitFor = NonBlank("--wait", v, "a batch id")),
            new OptionSpec("Watching", "--interval", null, "DURATION", "5s", null,
                new[] { "The wait between polls of --watch and --wait, such as 500ms, 5s or 1m. Failed polls are retried after longer waits (up to 1m) and said on stderr." },
                (o, v) => o.Interval = Duration.Parse("--interval", v)),
            new OptionSpec("Watching", "--timeout", null, "DURATION", "none", null,
                new[] { "Give up --wait after this long, such as 30s or 10m: exit 1, saying the batch is still listed." },
                (o, v) => o.Timeout = Duration.Parse("--timeout", v)),
            new OptionSpec("Output", "--format", "-f", "FORMAT", "table", null,
                new[]
                {
                    "table, json, jsonl, csv or count.",
                    "json, jsonl: each batch exactly as the server sent it (every field, nulls, unknown fields, values and timestamps unchanged).",
                    "table, csv: for people: timestamps in UTC, durations readable (850ms, 12.3s, 4m 05s); the table shows control characters as \\u001b. CSV is RFC 4180 (CRLF line ends).",
                    "In a terminal the table fits its width (COLUMNS when set): ids stay whole; STOP REASON is shortened, then AGENT, DURATION, STOP REASON, CREATED and STATUS are left out, in that order, as far as needed. Piped or redirected, rows are whole.",
                },
                (o, v) => o.Format = Format(v)),
            new OptionSpec("Output", "--count-only", null, null, "off", null,
                new[] { "Print only the number of batches (same as --format count)." },
                (o, _) => o.CountOnly = true),
            new OptionSpec("Output", "--no-color", null, null, "colour in a terminal, unless NO_COLOR is set", null,
                new[] { "No colour. Output that is piped or redirected never has any." },
                (o, _) => o.NoColor = true),
            new OptionSpec("Other", "--verbose", "-v", null, "off", null,
                new[] { "The server, the library's log events (each retry and its delay, each page, the cursor reading) and, on errors, the stack trace on stderr (never the key)." },
                (o, _) => o.Verbose = true),
            new OptionSpec("Other", "--help", "-h", null, "off", null,
                new[] { "Show this help." },
                (o, _) => o.Help = true),
            new OptionSpec("Other", "--version", null, null, "off", null,
                new[] { "Show the version." },
                (o, _) => o.Version = true),
        };

        private static SortOrder Order(string value) => value.ToLowerInvariant() switch
        {
            "asc" => SortOrder.Asc,
            "desc" => SortOrder.Desc,
            _ => throw new UsageException("--order must be asc or desc; got '" + value + "'."),
        };

        private static OutputFormat Format(string value) => value.ToLowerInvariant() switch
        {
            "table" => OutputFormat.Table,
            "json" => OutputFormat.Json,
            "jsonl" => OutputFormat.Jsonl,
            "csv" => OutputFormat.Csv,
            "count" => OutputFormat.Count,
            _ => throw new UsageException("--format must be table, json, jsonl, csv or count; got '" + value + "'."),
        };

        private static long Number(string name, string value, long min, long max)
        {
            if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
            {
                var range = max == long.MaxValue ? min.ToString(CultureInfo.InvariantCulture) + " or more" : "between " + min.ToString(CultureInfo.InvariantCulture) + " and " + max.ToString(CultureInfo.InvariantCulture);
                throw new UsageException(name + " must be a whole number " + range + "; got '" + value + "'.");
            }

            return number;
        }

        private static string NonBlank(string name, string value, string what) =>
            value.Trim().Length > 0 ? value : throw new UsageException(name + " needs " + what + ".");
    }
}
