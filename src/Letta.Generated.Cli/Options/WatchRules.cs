namespace Letta.Generated.Cli.Options
{
    /// <summary>What <c>--watch</c>, <c>--wait</c>, <c>--interval</c> and <c>--timeout</c> can be combined with.</summary>
    internal static class WatchRules
    {
        /// <exception cref="UsageException">A combination that cannot work; nothing is sent.</exception>
        public static void Validate(CliOptions options)
        {
            if (options.Watch && options.WaitFor is not null)
            {
                throw new UsageException("--watch and --wait cannot be combined: --watch prints every change, --wait waits for one batch to leave.");
            }

            var mode = options.Watch ? "--watch" : options.WaitFor is not null ? "--wait" : null;
            if (mode is null)
            {
                if (options.Interval is not null) throw new UsageException("--interval goes with --watch or --wait.");
                if (options.Timeout is not null) throw new UsageException("--timeout goes with --wait.");
                return;
            }

            if (options.Timeout is not null && options.Watch)
            {
                throw new UsageException("--timeout goes with --wait; --watch runs until Ctrl+C or SIGTERM.");
            }

            string? other = options.Continue is not null ? "--continue"
                : options.After is not null ? "--after"
                : options.Before is not null ? "--before"
                : options.MaxItems is not null ? "--max-items"
                : options.CountOnly ? "--count-only"
                : null;
            if (other is not null)
            {
                throw new UsageException(mode + " lists everything at every poll; it cannot be combined with " + other + ".");
            }

            if (options.Watch && options.Format is not (OutputFormat.Table or OutputFormat.Jsonl))
            {
                throw new UsageException("--watch prints table or jsonl; --format " + options.Format.ToString().ToLowerInvariant() + " cannot show changes as they happen (for JSON, use --format jsonl).");
            }
        }
    }
}
