namespace Letta.Generated.Cli.Options
{
    /// <summary>The parsed command line. Defaults here are the ones <c>--help</c> shows (<see cref="OptionSpecs"/>).</summary>
    internal sealed class CliOptions
    {
        /// <summary>The largest <c>--page-size</c>: one page is what the tool holds in memory (10,000 batches are about 6 MB of JSON).</summary>
        public const int MaxPageSize = 10_000;

        public bool Demo { get; set; }

        public string? BaseUrl { get; set; }

        public string? ApiKey { get; set; }

        public SortOrder Order { get; set; } = SortOrder.Desc;

        public int PageSize { get; set; } = ListAllBatchesOptions.DefaultPageSize;

        public long? MaxItems { get; set; }

        public string? After { get; set; }

        public string? Before { get; set; }

        public string? Continue { get; set; }

        public OutputFormat Format { get; set; } = OutputFormat.Table;

        public bool CountOnly { get; set; }

        public bool Verbose { get; set; }

        /// <summary>No colour even in a terminal (as <c>NO_COLOR</c>).</summary>
        public bool NoColor { get; set; }

        public bool Help { get; set; }

        /// <summary><c>--watch</c>: a row (or line) per change until stopped.</summary>
        public bool Watch { get; set; }

        /// <summary><c>--wait</c>: the batch to wait for until it is no longer listed.</summary>
        public string? WaitFor { get; set; }

        /// <summary><c>--interval</c>, or null when not given (<see cref="EffectiveInterval"/>).</summary>
        public System.TimeSpan? Interval { get; set; }

        /// <summary><c>--timeout</c> of <c>--wait</c>, or null (no limit).</summary>
        public System.TimeSpan? Timeout { get; set; }

        /// <summary>The wait between polls of <c>--watch</c> and <c>--wait</c>: 5 seconds unless <c>--interval</c> says.</summary>
        public System.TimeSpan EffectiveInterval => Interval ?? WatchBatchesOptions.DefaultInterval;

        public bool Version { get; set; }

        /// <summary>The format after <c>--count-only</c>.</summary>
        public OutputFormat EffectiveFormat => CountOnly ? OutputFormat.Count : Format;

        /// <summary>Whether one raw page was asked for (<c>--after</c>/<c>--before</c>).</summary>
        public bool IsRawPage => After is not null || Before is not null;
    }
}
