using System.Linq;
using System.Threading.Tasks;
using Letta.Generated.Cli.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Cli.Tests
{
    /// <summary>With no server configured the tool lists a built-in demo server, and says so.</summary>
    public sealed class DemoServerTests
    {
        [Test]
        public async Task No_configuration_lists_the_demo_server_as_a_table_and_says_how_to_use_a_real_one()
        {
            var run = await CliRun.RunAsync();

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(run.Stderr, Does.Contain("DEMO server").And.Contain("--base-url https://api.letta.com --api-key").And.Contain("LETTA_API_KEY"));
            var rows = run.StdoutLines.Where(l => l.StartsWith("│ job-")).ToList();
            Assert.That(rows, Has.Count.GreaterThan(20));
            Assert.That(run.Stdout, Does.Contain("STOP REASON"));
        }

        [Test]
        public async Task The_demo_note_stays_off_stdout_so_scripts_get_clean_data()
        {
            var run = await CliRun.RunAsync("--format", "jsonl");

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(run.StdoutLines, Has.All.StartsWith("{").And.All.Contains("\"id\":\"job-"));
            Assert.That(run.Stderr, Does.Contain("DEMO"));
        }

        [Test]
        public async Task Any_configured_server_turns_the_demo_off()
        {
            var run = await CliRun.RunAsync("--api-key", "sk-x-0000", "--base-url", "http://127.0.0.1:9/");

            Assert.That(run.Stderr, Does.Not.Contain("DEMO"));
        }
    }
}
