using System;
using System.Threading.Tasks;
using Letta.Generated.Cli.Options;
using Letta.Generated.Cli.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Cli.Tests.Watching
{
    /// <summary>--watch, --wait, --interval and --timeout on the command line: durations, combinations, formats.</summary>
    public sealed class WatchOptionTests
    {
        [TestCase("500ms", 500)]
        [TestCase("5s", 5_000)]
        [TestCase("1m", 60_000)]
        [TestCase("2h", 7_200_000)]
        public void Interval_reads_milliseconds_seconds_minutes_and_hours(string value, int milliseconds)
        {
            Assert.That(OptionParser.Parse(new[] { "--watch", "--interval", value }).Interval, Is.EqualTo(TimeSpan.FromMilliseconds(milliseconds)));
        }

        [Test]
        public void The_interval_is_5s_by_default()
        {
            Assert.That(OptionParser.Parse(new[] { "--watch" }).EffectiveInterval, Is.EqualTo(TimeSpan.FromSeconds(5)));
        }

        [TestCase("--interval", "5")]
        [TestCase("--interval", "5sec")]
        [TestCase("--interval", "-1s")]
        [TestCase("--interval", "0s")]
        [TestCase("--interval", "1.5s")]
        [TestCase("--interval", "s")]
        [TestCase("--timeout", "soon")]
        [TestCase("--timeout", "2000h")]
        [TestCase("--interval", "1194h")]
        [TestCase("--interval", "4294967295ms")]
        [CancelAfter(10_000)]
        public async Task A_bad_duration_is_a_usage_error_that_shows_the_accepted_forms(string option, string value)
        {
            var run = await CliRun.RunAsync(option == "--timeout" ? new[] { "--wait", "job-a", option + "=" + value } : new[] { "--watch", option + "=" + value });

            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.StderrLines[0], Is.EqualTo("error: " + option + " must be a duration above zero such as 500ms, 5s, 1m or 2h, at most 1193h (the longest wait a timer makes); got '" + value + "'."));
        }

        [TestCase("json")]
        [TestCase("csv")]
        [TestCase("count")]
        [CancelAfter(10_000)]
        public async Task Watch_refuses_formats_that_cannot_show_changes_as_they_happen(string format)
        {
            var run = await CliRun.RunAsync("--watch", "--format", format);

            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.StderrLines[0], Is.EqualTo("error: --watch prints table or jsonl; --format " + format + " cannot show changes as they happen (for JSON, use --format jsonl)."));
        }

        [TestCase("--max-items", "5")]
        [TestCase("--continue", "abc")]
        [TestCase("--after", "job-a")]
        [TestCase("--before", "job-a")]
        [CancelAfter(10_000)]
        public async Task Watch_and_wait_cannot_be_combined_with_paging_options(string option, string value)
        {
            var watch = await CliRun.RunAsync("--watch", option, value);
            var wait = await CliRun.RunAsync("--wait", "job-z", option, value);

            Assert.That(watch.ExitCode, Is.EqualTo(2));
            Assert.That(watch.StderrLines[0], Is.EqualTo("error: --watch lists everything at every poll; it cannot be combined with " + option + "."));
            Assert.That(wait.StderrLines[0], Is.EqualTo("error: --wait lists everything at every poll; it cannot be combined with " + option + "."));
        }

        [TestCase(new[] { "--watch", "--wait", "job-a" }, "error: --watch and --wait cannot be combined: --watch prints every change, --wait waits for one batch to leave.")]
        [TestCase(new[] { "--interval", "5s" }, "error: --interval goes with --watch or --wait.")]
        [TestCase(new[] { "--timeout", "5s" }, "error: --timeout goes with --wait.")]
        [TestCase(new[] { "--watch", "--timeout", "5s" }, "error: --timeout goes with --wait; --watch runs until Ctrl+C or SIGTERM.")]
        [TestCase(new[] { "--watch", "--count-only" }, "error: --watch lists everything at every poll; it cannot be combined with --count-only.")]
        [CancelAfter(10_000)]
        public async Task Options_that_do_not_go_together_are_usage_errors(string[] args, string error)
        {
            var run = await CliRun.RunAsync(args);

            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.StderrLines[0], Is.EqualTo(error));
        }
    }
}
