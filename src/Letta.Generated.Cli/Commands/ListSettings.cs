using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Letta.Generated.Cli.Commands
{
    /// <summary>The options of <c>letta-batches</c> (the list command).</summary>
    public sealed class ListSettings : CommandSettings
    {
        /// <summary>The server; else <c>LETTA_BASE_URL</c>, else Letta Cloud when a key is set, else the demo server.</summary>
        [CommandOption("--base-url <URL>")]
        [Description("Letta server URL, such as https://api.letta.com or http://localhost:8283. Default: LETTA_BASE_URL.")]
        public string? BaseUrl { get; init; }

        /// <summary>The API key; else <c>LETTA_API_KEY</c>. Never printed.</summary>
        [CommandOption("--api-key <KEY>")]
        [Description("API key, sent as a bearer token and never printed. Default: LETTA_API_KEY.")]
        public string? ApiKey { get; init; }

        /// <summary>By creation time; newest first by default, like the server.</summary>
        [CommandOption("--order <ORDER>")]
        [Description("Sort by creation time: [green]desc[/] (newest first) or [green]asc[/].")]
        [DefaultValue(ListOrder.Desc)]
        public ListOrder Order { get; init; }

        /// <summary>
        /// The largest --page-size: one page is what the tool holds in memory, and its runtime has a fixed
        /// heap limit (see the csproj), so a page is kept well below it (10,000 batches are about 40 MB).
        /// </summary>
        public const int MaxPageSize = 10_000;

        /// <summary>Batches per request.</summary>
        [CommandOption("--page-size <N>")]
        [Description("Batches per request, 1 to 10000.")]
        [DefaultValue(ListAllBatchesOptions.DefaultPageSize)]
        public int PageSize { get; init; } = ListAllBatchesOptions.DefaultPageSize;

        /// <summary>Stop after this many batches (and print a continuation token to resume).</summary>
        [CommandOption("--max-items <N>")]
        [Description("Stop after N batches; the token to resume with --continue is printed on stderr.")]
        public int? MaxItems { get; init; }

        /// <summary>A single raw page after this batch id.</summary>
        [CommandOption("--after <ID>")]
        [Description("Fetch ONE raw page of batches after this batch id (as the server reads cursors).")]
        public string? After { get; init; }

        /// <summary>A single raw page before this batch id.</summary>
        [CommandOption("--before <ID>")]
        [Description("Fetch ONE raw page of batches before this batch id (as the server reads cursors).")]
        public string? Before { get; init; }

        /// <summary>Resume a listing after the page this token came from.</summary>
        [CommandOption("--continue <TOKEN>")]
        [Description("Resume a listing stopped by --max-items or Ctrl+C (use the same --order).")]
        public string? Continue { get; init; }

        /// <summary>The output format.</summary>
        [CommandOption("-f|--format <FORMAT>")]
        [Description("[green]table[/], [green]json[/], [green]jsonl[/], [green]csv[/] or [green]count[/].")]
        [DefaultValue(OutputFormat.Table)]
        public OutputFormat Format { get; init; }

        /// <summary>Same as <c>--format count</c>.</summary>
        [CommandOption("--count-only")]
        [Description("Print only the number of batches (same as --format count).")]
        public bool CountOnly { get; init; }

        /// <summary>Request details on stderr, stack traces on errors.</summary>
        [CommandOption("-v|--verbose")]
        [Description("Print the server, each page and, on errors, the stack trace (never the API key) on stderr.")]
        public bool Verbose { get; init; }

        /// <summary>The format after <c>--count-only</c>.</summary>
        public OutputFormat EffectiveFormat => CountOnly ? OutputFormat.Count : Format;

        /// <summary>Whether a single raw page was asked for.</summary>
        public bool IsRawPage => After is not null || Before is not null;

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            if (PageSize < 1 || PageSize > MaxPageSize)
            {
                return ValidationResult.Error("--page-size must be between 1 and " + MaxPageSize + ".");
            }
            if (MaxItems is < 1)
            {
                return ValidationResult.Error("--max-items must be 1 or more.");
            }
            if (After is { } after && after.Trim().Length == 0 || Before is { } before && before.Trim().Length == 0)
            {
                return ValidationResult.Error("--after and --before need a batch id.");
            }
            if (Continue is not null && IsRawPage)
            {
                return ValidationResult.Error("--continue resumes a full listing; it cannot be combined with --after or --before.");
            }
            if (Continue is { } token && token.Trim().Length == 0)
            {
                return ValidationResult.Error("--continue needs the token printed by an earlier listing.");
            }
            if (CountOnly && Format != OutputFormat.Table && Format != OutputFormat.Count)
            {
                return ValidationResult.Error("--count-only cannot be combined with --format " + Format.ToString().ToLowerInvariant() + ".");
            }
            return ValidationResult.Success();
        }
    }
}
