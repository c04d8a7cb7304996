using System.Linq;
using System.Threading.Tasks;
using Letta.Generated.Cli.Tests.Support;
using Letta.Generated.Testing;
using NUnit.Framework;

namespace Letta.Generated.Cli.Tests
{
    /// <summary>API failures: exit 1 and one readable line; the key is never printed.</summary>
    public sealed class ErrorTests
    {
        private const string Key = "sk-let-test-9f8e7d6c5b4a";
        private LettaSimulator _letta = null!;

        [SetUp]
        public void StartSimulator() => _letta = LettaSimulator.Start(new LettaSimulatorOptions { SeedCount = 40, ApiKey = Key });

        [TearDown]
        public void StopSimulator() => _letta.Dispose();

        [Test]
        public async Task A_wrong_key_gives_exit_1_and_one_authentication_line()
        {
            var run = await CliRun.RunAsync("--base-url", _letta.BaseUrl.ToString(), "--api-key", "sk-wrong-key-0000");

            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.StderrLines, Is.EqualTo(new[] { "error: authentication failed (401): Unauthorized" }));
            Assert.That(run.Stdout, Is.Empty);
        }

        [Test]
        public async Task A_401_from_the_server_gives_exit_1_and_one_line()
        {
            _letta.Faults.Enqueue(SimulatedFault.Status(401, "{\"detail\":\"Unauthorized\"}"));

            var run = await CliRun.RunAsync("--base-url", _letta.BaseUrl.ToString(), "--api-key", Key, "--format", "json");

            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.StderrLines, Is.EqualTo(new[] { "error: authentication failed (401): Unauthorized" }));
        }

        [Test]
        public async Task A_422_gives_exit_1_and_one_line_with_the_servers_message()
        {
            _letta.Faults.Enqueue(SimulatedFault.Status(422,
                "{\"trace_id\":\"abc\",\"detail\":\"[{'type': 'int_parsing', 'loc': ('query', 'limit'), 'msg': 'Input should be a valid integer, unable to parse string as an integer', 'input': 'x'}]\"}"));

            var run = await CliRun.RunAsync("--base-url", _letta.BaseUrl.ToString(), "--api-key", Key);

            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.StderrLines, Has.Length.EqualTo(1));
            Assert.That(run.StderrLines[0], Does.StartWith("error: invalid request (422): ").And.Contain("Input should be a valid integer"));
        }

        [Test]
        public async Task An_unknown_cursor_is_named_as_such()
        {
            var run = await CliRun.RunAsync("--base-url", _letta.BaseUrl.ToString(), "--api-key", Key, "--after", "job-does-not-exist");

            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.StderrLines, Is.EqualTo(new[] { "error: unknown cursor (400): Job with id job-does-not-exist not found" }));
        }

        [Test]
        public async Task A_server_that_is_not_there_gives_exit_1_and_one_connection_line()
        {
            var url = _letta.BaseUrl.ToString();
            _letta.Dispose();

            var run = await CliRun.RunAsync("--base-url", url, "--api-key", Key);

            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.StderrLines, Has.Length.EqualTo(1));
            Assert.That(run.StderrLines[0], Does.StartWith("error: cannot connect to the server"));
        }

        [Test]
        public async Task Verbose_adds_the_stack_trace_to_an_error()
        {
            var run = await CliRun.RunAsync("--base-url", _letta.BaseUrl.ToString(), "--verbose");

            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Stderr, Does.Contain("error: authentication failed (401): Unauthorized"));
            Assert.That(run.Stderr, Does.Contain("Letta.Generated.LettaAuthenticationException").And.Contain("   at "));
        }

        [TestCase(false)]
        [TestCase(true)]
        public async Task The_api_key_is_never_printed_on_success(bool verbose)
        {
            var args = new[] { "--base-url", _letta.BaseUrl.ToString(), "--api-key", Key, "--format", "json" };
            var run = await CliRun.RunAsync(verbose ? args.Append("--verbose").ToArray() : args);

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(run.Stdout + run.Stderr, Does.Not.Contain(Key));
        }

        [TestCase(false)]
        [TestCase(true)]
        public async Task The_api_key_is_never_printed_on_failure(bool verbose)
        {
            _letta.Faults.Enqueue(SimulatedFault.Status(401, "{\"detail\":\"Unauthorized: bad key " + Key + "\"}"));
            var args = new[] { "--base-url", _letta.BaseUrl.ToString(), "--api-key", Key };
            var run = await CliRun.RunAsync(verbose ? args.Append("-v").ToArray() : args);

            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Stdout + run.Stderr, Does.Not.Contain(Key));
        }

        [Test]
        public async Task The_api_key_from_the_environment_is_never_printed_even_in_usage_errors()
        {
            var environment = new System.Collections.Generic.Dictionary<string, string> { ["LETTA_API_KEY"] = Key, ["LETTA_BASE_URL"] = _letta.BaseUrl.ToString() };

            var run = await CliRun.RunAsync(new[] { "--page-size", Key, "--verbose" }, environment);

            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Stdout + run.Stderr, Does.Not.Contain(Key));
        }

        [Test]
        public async Task The_environment_configures_the_server_and_key()
        {
            var environment = new System.Collections.Generic.Dictionary<string, string> { ["LETTA_API_KEY"] = Key, ["LETTA_BASE_URL"] = _letta.BaseUrl.ToString() };

            var run = await CliRun.RunAsync(new[] { "--count-only" }, environment);

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(run.Stderr, Does.Not.Contain("DEMO"));
            Assert.That(_letta.Requests[0].Headers["Authorization"], Is.EqualTo("Bearer " + Key));
        }
    }
}
