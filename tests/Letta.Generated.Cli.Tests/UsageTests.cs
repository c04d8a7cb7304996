using System.Threading.Tasks;
using Letta.Generated.Cli.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Cli.Tests
{
    /// <summary>Bad command lines: exit 2, an error line and the usage text on stderr, nothing on stdout, no request.</summary>
    public sealed class UsageTests
    {
        [TestCase("--page-size", "0")]
        [TestCase("--page-size", "10001")]
        [TestCase("--page-size", "many")]
        [TestCase("--max-items", "0")]
        [TestCase("--format", "xml")]
        [TestCase("--order", "sideways")]
        [TestCase("--no-such-option")]
        [TestCase("unexpected-argument")]
        [TestCase("--after", "job-1", "--continue", "abc")]
        [TestCase("--count-only", "--format", "csv")]
        [TestCase("--base-url", "not a url")]
        [TestCase("--base-url", "ftp://example.com")]
        public async Task Bad_arguments_exit_2_with_the_error_and_usage(params string[] args)
        {
            var run = await CliRun.RunAsync(args);

            Assert.That(run.ExitCode, Is.EqualTo(2), run.Stderr);
            Assert.That(run.StderrLines[0], Does.StartWith("error: "));
            Assert.That(run.Stderr, Does.Contain("USAGE:").And.Contain("--page-size"));
            Assert.That(run.Stderr, Does.Not.Contain("   at "), "no stack trace");
            Assert.That(run.Stdout, Is.Empty);
        }

        [Test]
        public async Task Help_goes_to_stdout_with_exit_0()
        {
            var run = await CliRun.RunAsync("--help");

            Assert.That(run.ExitCode, Is.EqualTo(0));
            Assert.That(run.Stdout, Does.Contain("USAGE:").And.Contain("letta-batches").And.Contain("--format"));
        }
    }
}
