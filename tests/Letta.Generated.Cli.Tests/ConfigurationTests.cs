using System.Collections.Generic;
using System.Threading.Tasks;
using Letta.Generated.Cli.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Cli.Tests
{
    /// <summary>Where the tool connects, and configuration it refuses: exit 2, a usage error that never prints a secret, nothing sent.</summary>
    public sealed class ConfigurationTests
    {
        private const string Key = "sk-let-test-9f8e7d6c5b4a";
        private const string Password = "hunter2-secret-pw";
        private const string UsageHint = "Usage: letta-batches [options]   (letta-batches --help lists them all)";

        [TestCase]
        [TestCase("--base-url", "https://api.letta.com")]
        [TestCase("--base-url", "https://API.letta.com/v1-proxy")]
        [CancelAfter(10_000)]
        public async Task Letta_cloud_without_a_key_is_a_usage_error_naming_the_variable_the_option_and_demo(params string[] args)
        {
            var run = await CliRun.RunAsync(args);

            Assert.That(run.ExitCode, Is.EqualTo(2), run.Stderr);
            Assert.That(run.StderrLines, Is.EqualTo(new[]
            {
                "error: Letta Cloud (https://api.letta.com) needs an API key: set LETTA_API_KEY or pass --api-key <KEY>. For a self-hosted server pass --base-url (such as http://localhost:8283); to try the tool without a server, --demo.",
                UsageHint,
            }));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Letta_cloud_from_the_environment_without_a_key_is_the_same_usage_error()
        {
            var run = await CliRun.RunAsync(new string[0], environment: new Dictionary<string, string> { ["LETTA_BASE_URL"] = "https://api.letta.com/" });

            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.StderrLines[0], Does.StartWith("error: Letta Cloud (https://api.letta.com) needs an API key"));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task A_self_hosted_server_without_a_key_is_listed_without_an_authorization_header()
        {
            using var letta = Sim.Server(listed: 2);

            var run = await CliRun.RunAsync(Sim.Args(letta, "--count-only"), letta);

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(letta.Requests[0].Headers.ContainsKey("Authorization"), Is.False);
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task The_environment_configures_the_server_and_the_key()
        {
            using var letta = Sim.Server(listed: 2, apiKey: Key);
            var environment = new Dictionary<string, string> { ["LETTA_API_KEY"] = Key, ["LETTA_BASE_URL"] = Sim.Url(letta) };

            var run = await CliRun.RunAsync(new[] { "--count-only" }, letta, environment);

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(run.Stdout, Is.EqualTo("2\n"));
            Assert.That(letta.Requests[0].Headers["Authorization"], Is.EqualTo("Bearer " + Key));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Options_win_over_the_environment()
        {
            using var letta = Sim.Server(listed: 2, apiKey: Key);
            var environment = new Dictionary<string, string> { ["LETTA_API_KEY"] = "sk-from-environment-1111", ["LETTA_BASE_URL"] = "https://api.letta.com" };

            var run = await CliRun.RunAsync(Sim.Args(letta, "--api-key", Key, "--count-only"), letta, environment);

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(letta.Requests[0].Headers["Authorization"], Is.EqualTo("Bearer " + Key));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Custom_headers_from_the_environment_are_sent()
        {
            using var letta = Sim.Server(listed: 1);
            var environment = new Dictionary<string, string> { ["LETTA_CUSTOM_HEADERS"] = "X-Project: demo-project\nX-Trace: on" };

            var run = await CliRun.RunAsync(Sim.Args(letta, "--count-only"), letta, environment);

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(letta.Requests[0].Headers["X-Project"], Is.EqualTo("demo-project"));
        }

        [TestCase("--base-url", "https://user:" + Password + "@letta.example.com")]
        [TestCase("--base-url=http://admin:" + Password + "@localhost:8283/")]
        [TestCase("--watch", "--base-url", "https://user:" + Password + "@letta.example.com")]
        [TestCase("--wait", "job-a", "--base-url", "https://user:" + Password + "@letta.example.com")]
        [CancelAfter(10_000)]
        public async Task A_base_url_with_user_and_password_is_a_usage_error_that_never_prints_the_password(params string[] args)
        {
            var run = await CliRun.RunAsync(args);

            Assert.That(run.ExitCode, Is.EqualTo(2), run.Stderr);
            Assert.That(run.StderrLines[0], Does.StartWith("error: --base-url / LETTA_BASE_URL: BaseUrl must not contain a user name or password"));
            Assert.That(run.Stderr, Does.Not.Contain(Password));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task A_base_url_with_user_and_password_in_the_environment_is_a_usage_error_that_never_prints_the_password()
        {
            var environment = new Dictionary<string, string> { ["LETTA_BASE_URL"] = "https://bob:" + Password + "@letta.example.com/" };

            var run = await CliRun.RunAsync(new string[0], environment: environment);

            Assert.That(run.ExitCode, Is.EqualTo(2), run.Stderr);
            Assert.That(run.Stderr, Does.Not.Contain(Password));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task An_unparsable_base_url_with_a_password_is_refused_without_printing_it()
        {
            var run = await CliRun.RunAsync("--base-url", "//bob:" + Password + "@ not a url");

            Assert.That(run.ExitCode, Is.EqualTo(2), run.Stderr);
            Assert.That(run.StderrLines[0], Is.EqualTo("error: --base-url must be an absolute http or https URL, such as https://api.letta.com; got '//***@ not a url'."));
        }

        [TestCase("http://localhost:8283/?project=x", "error: --base-url / LETTA_BASE_URL: BaseUrl must not have a query or a fragment; got 'http://localhost:8283/?project=x'.")]
        [TestCase("http://localhost:8283/#top", "error: --base-url / LETTA_BASE_URL: BaseUrl must not have a query or a fragment; got 'http://localhost:8283/#top'.")]
        [TestCase("ftp://example.com", "error: --base-url / LETTA_BASE_URL: BaseUrl must be an absolute http or https URL, such as https://api.letta.com or http://localhost:8283; got 'ftp://example.com'.")]
        [TestCase("not a url", "error: --base-url must be an absolute http or https URL, such as https://api.letta.com; got 'not a url'.")]
        [CancelAfter(10_000)]
        public async Task A_base_url_the_client_cannot_use_is_a_usage_error(string url, string error)
        {
            var run = await CliRun.RunAsync("--base-url", url);

            Assert.That(run.ExitCode, Is.EqualTo(2), run.Stderr);
            Assert.That(run.StderrLines, Is.EqualTo(new[] { error, UsageHint }));
        }

        [TestCase("Host: letta.example.com", "error: LETTA_CUSTOM_HEADERS: 'Host' is set by the HTTP stack and cannot be configured.")]
        [TestCase("no colon here", "error: LETTA_CUSTOM_HEADERS must hold 'Name: value' lines; a line has no header name.")]
        [TestCase("X-Secret: caf\u00e9-" + Password, "error: LETTA_CUSTOM_HEADERS: the value of header 'X-Secret' must be printable ASCII (no newlines, control or non-ASCII characters).")]
        [CancelAfter(10_000)]
        public async Task A_custom_header_that_cannot_be_sent_is_a_usage_error_that_never_prints_its_value(string headers, string error)
        {
            var environment = new Dictionary<string, string> { ["LETTA_CUSTOM_HEADERS"] = headers, ["LETTA_BASE_URL"] = "http://localhost:8283" };

            var run = await CliRun.RunAsync(new string[0], environment: environment);

            Assert.That(run.ExitCode, Is.EqualTo(2), run.Stderr);
            Assert.That(run.StderrLines[0], Is.EqualTo(error));
            Assert.That(run.Stderr, Does.Not.Contain(Password));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task An_authorization_header_that_conflicts_with_the_key_is_a_usage_error_that_prints_neither()
        {
            var environment = new Dictionary<string, string> { ["LETTA_CUSTOM_HEADERS"] = "Authorization: Basic " + Password, ["LETTA_BASE_URL"] = "http://localhost:8283" };

            var run = await CliRun.RunAsync(new[] { "--api-key", Key }, environment: environment);

            Assert.That(run.ExitCode, Is.EqualTo(2), run.Stderr);
            Assert.That(run.StderrLines[0], Does.StartWith("error: LETTA_CUSTOM_HEADERS: DefaultHeaders has an Authorization header and ApiKey is set: the two conflict."));
            Assert.That(run.Stderr, Does.Not.Contain(Password).And.Not.Contain(Key));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task A_key_with_a_newline_is_a_usage_error_that_never_prints_it()
        {
            var run = await CliRun.RunAsync("--base-url", "http://localhost:8283", "--api-key", "sk-abc\ndef-" + Password);

            Assert.That(run.ExitCode, Is.EqualTo(2), run.Stderr);
            Assert.That(run.StderrLines[0], Is.EqualTo("error: --api-key / LETTA_API_KEY: ApiKey must not contain spaces, newlines, control or non-ASCII characters (the key is not shown)."));
            Assert.That(run.Stderr, Does.Not.Contain(Password));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Verbose_names_the_server_and_says_a_key_is_set_without_printing_it()
        {
            using var letta = Sim.Server(listed: 1, apiKey: Key);

            var run = await CliRun.RunAsync(Sim.Args(letta, "--api-key", Key, "--count-only", "--verbose"), letta);

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(run.StderrLines[0], Is.EqualTo("letta-batches: server http://letta-simulator.invalid/, API key set (not shown)"));
            Assert.That(run.Stdout + run.Stderr, Does.Not.Contain(Key));
        }
    }
}
