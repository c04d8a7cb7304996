using System.Threading.Tasks;
using Letta.Generated.Cli.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Cli.Tests
{
    /// <summary>Bad command lines: exit 2, the error naming the option, a pointer to --help; nothing on stdout, nothing sent.</summary>
    public sealed class OptionTests
    {
        [TestCase(new[] { "--page-size", "0" }, "--page-size must be a whole number between 1 and 10000; got '0'.")]
        [TestCase(new[] { "--page-size", "10001" }, "--page-size must be a whole number between 1 and 10000; got '10001'.")]
        [TestCase(new[] { "--page-size", "many" }, "--page-size must be a whole number between 1 and 10000; got 'many'.")]
        [TestCase(new[] { "--max-items", "0" }, "--max-items must be a whole number 1 or more; got '0'.")]
        [TestCase(new[] { "--format", "xml" }, "--format must be table, json, jsonl, csv or count; got 'xml'.")]
        [TestCase(new[] { "--order", "sideways" }, "--order must be asc or desc; got 'sideways'.")]
        [TestCase(new[] { "--no-such-option" }, "unknown option '--no-such-option'.")]
        [TestCase(new[] { "unexpected-argument" }, "unexpected argument 'unexpected-argument' (every value belongs to an option, such as --after <ID>).")]
        [TestCase(new[] { "--format" }, "--format needs a value: --format <FORMAT>.")]
        [TestCase(new[] { "--after", "--format", "json" }, "--after needs a value: --after <ID>.")]
        [TestCase(new[] { "--format", "json", "-f", "csv" }, "--format is given more than once.")]
        [TestCase(new[] { "--demo=yes" }, "--demo takes no value.")]
        [TestCase(new[] { "--after", "  " }, "--after needs a batch id.")]
        [TestCase(new[] { "--continue", "" }, "--continue needs the token printed by an earlier listing.")]
        [TestCase(new[] { "--after", "job-1", "--continue", "abc" }, "--continue resumes a listing; it cannot be combined with --after or --before.")]
        [TestCase(new[] { "--count-only", "--format", "csv" }, "--count-only cannot be combined with --format csv.")]
        [TestCase(new[] { "--demo", "--base-url", "http://localhost:8283" }, "--demo lists the built-in server; it cannot be combined with --base-url or --api-key.")]
        [TestCase(new[] { "--demo", "--api-key", "sk-demo-0000" }, "--demo lists the built-in server; it cannot be combined with --base-url or --api-key.")]
        [CancelAfter(10_000)]
        public async Task A_bad_option_exits_2_with_one_error_line_naming_it(string[] args, string message)
        {
            var run = await CliRun.RunAsync(args);

            Assert.That(run.ExitCode, Is.EqualTo(2), run.Stderr);
            Assert.That(run.StderrLines, Is.EqualTo(new[] { "error: " + message, "Usage: letta-batches [options]   (letta-batches --help lists them all)" }));
            Assert.That(run.Stdout, Is.Empty);
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Values_may_be_given_with_an_equals_sign()
        {
            using var letta = Sim.Server(listed: 3);

            var run = await CliRun.RunAsync(new[] { "--base-url=" + Sim.Url(letta), "--format=count", "--page-size=2" }, letta);

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(run.Stdout, Is.EqualTo("3\n"));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Version_prints_the_tools_version()
        {
            var run = await CliRun.RunAsync("--version");

            Assert.That(run.ExitCode, Is.EqualTo(0));
            Assert.That(run.Stdout, Is.EqualTo("letta-batches 0.1.0\n"));
        }
    }
}
