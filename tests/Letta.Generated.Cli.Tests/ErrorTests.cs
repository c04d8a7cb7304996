using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using Letta.Generated.Cli.Tests.Support;
using Letta.Generated.Simulator;
using NUnit.Framework;

namespace Letta.Generated.Cli.Tests
{
    /// <summary>Failures: exit 1 and one readable line (secrets masked, control characters visible); a started listing says where to resume.</summary>
    public sealed class ErrorTests
    {
        private const string Key = "sk-let-test-9f8e7d6c5b4a";

        private static async Task<CliRun> ListAfterFault(SimulatedFault fault, params string[] args)
        {
            using var letta = Sim.Server(listed: 5, apiKey: Key);
            letta.Faults.Enqueue(fault);
            return await CliRun.RunAsync(Sim.Args(letta, new[] { "--api-key", Key }.Concat(args).ToArray()), letta, maxRetries: 0);
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task A_wrong_key_gives_exit_1_and_one_authentication_line()
        {
            using var letta = Sim.Server(listed: 5, apiKey: Key);

            var run = await CliRun.RunAsync(Sim.Args(letta, "--api-key", "sk-wrong-key-0000"), letta);

            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.StderrLines, Is.EqualTo(new[] { "error: authentication failed (401): Unauthorized (check --api-key or LETTA_API_KEY)" }));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task A_422_gives_one_line_with_the_servers_message()
        {
            var run = await ListAfterFault(SimulatedFault.Status(422,
                "{\"trace_id\":\"abc\",\"detail\":\"[{'type': 'int_parsing', 'loc': ('query', 'limit'), 'msg': 'Input should be a valid integer'}]\"}"));

            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.StderrLines, Is.EqualTo(new[] { "error: invalid request (422): [{'type': 'int_parsing', 'loc': ('query', 'limit'), 'msg': 'Input should be a valid integer'}]" }));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task An_unknown_cursor_is_named_as_such()
        {
            using var letta = Sim.Server(listed: 5);

            var run = await CliRun.RunAsync(Sim.Args(letta, "--after", "job-does-not-exist"), letta);

            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.StderrLines, Is.EqualTo(new[] { "error: unknown cursor (400): Job with id job-does-not-exist not found" }));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task A_gateways_html_page_is_shown_as_the_start_of_its_text_on_one_line()
        {
            var run = await ListAfterFault(SimulatedFault.Status(502, "<html>\n<body>Bad gateway</body>\n</html>", "text/html"));

            Assert.That(run.StderrLines, Is.EqualTo(new[] { "error: server error (502): <html> <body>Bad gateway</body> </html>" }));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Control_characters_in_the_servers_message_are_shown_as_escapes()
        {
            var run = await ListAfterFault(SimulatedFault.Status(400, "{\"detail\":\"bad \\u001b[2J\\u001b]0;owned\\u0007 cursor\\r\\nsecond line\"}"));

            Assert.That(run.StderrLines, Is.EqualTo(new[] { "error: bad request (400): bad \\u001b[2J\\u001b]0;owned\\u0007 cursor second line" }));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task A_request_id_from_the_server_is_shown()
        {
            var run = await ListAfterFault(SimulatedFault.Status(500, "{\"detail\":\"An unknown error occurred\"}").WithHeader("x-request-id", "req-42"));

            Assert.That(run.StderrLines, Is.EqualTo(new[] { "error: server error (500): An unknown error occurred [request id req-42]" }));
        }

        [TestCase("table")]
        [TestCase("csv")]
        [CancelAfter(10_000)]
        public async Task A_malformed_field_in_a_200_says_which_batch_field_and_why(string format)
        {
            var run = await ListAfterFault(SimulatedFault.MalformedField("total_duration_ns", "\"soon\""), "--format", format);

            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.StderrLines, Has.Length.EqualTo(1));
            Assert.That(run.StderrLines[0], Does.StartWith("error: unexpected response (200): Batch 'job-").And.Contain("total_duration_ns"));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task A_200_that_is_not_a_list_of_batches_says_what_was_wrong()
        {
            var run = await ListAfterFault(SimulatedFault.Status(200, "{\"detail\":\"not a list\"}"), "--format", "jsonl");

            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.StderrLines, Has.Length.EqualTo(1));
            Assert.That(run.StderrLines[0], Does.StartWith("error: unexpected response (200): ").And.Contain("expected a JSON array, found an object"));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task A_failure_after_the_first_page_prints_the_token_that_resumes_after_what_was_written()
        {
            using var letta = Sim.Server(listed: 12);
            letta.OnRequest(request => { if (request.Number == 3) letta.Faults.Enqueue(SimulatedFault.DatabaseLocked()); });

            var run = await CliRun.RunAsync(Sim.Args(letta, "--page-size", "4", "--format", "jsonl"), letta, maxRetries: 0);

            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.StderrLines[0], Does.StartWith("error: conflict (409): "));
            Assert.That(run.StderrLines[1], Is.EqualTo("note: the listing failed after 8 batches; more may remain. To resume, run the same command (same --order) with:"));
            letta.OnRequest(null);
            var rest = await CliRun.RunAsync(Sim.Args(letta, "--page-size", "4", "--format", "jsonl", "--continue", run.ResumeToken!), letta);
            Assert.That(run.StdoutLines.Concat(rest.StdoutLines).Select(l => Json.Id(Json.Parse(l))), Is.EqualTo(Sim.DescendingIds(letta)));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task A_server_that_refuses_the_connection_gives_one_line_naming_host_port_and_attempts()
        {
            // Bound but never listening: connections are refused, and the port stays ours for the whole test.
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            var url = "http://127.0.0.1:" + ((IPEndPoint)socket.LocalEndPoint!).Port + "/";

            var run = await CliRun.RunAsync(new[] { "--base-url", url }, maxRetries: 0);

            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.StderrLines, Has.Length.EqualTo(1));
            Assert.That(run.StderrLines[0], Does.StartWith("error: Could not reach Letta at http://127.0.0.1:" + ((IPEndPoint)socket.LocalEndPoint!).Port + " after 1 attempt(s): "));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Verbose_adds_the_stack_trace_to_an_error()
        {
            using var letta = Sim.Server(listed: 5, apiKey: Key);

            var run = await CliRun.RunAsync(Sim.Args(letta, "--verbose"), letta);

            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Stderr, Does.Contain("error: authentication failed (401): Unauthorized"));
            Assert.That(run.Stderr, Does.Contain("Letta.Generated.LettaAuthenticationException").And.Contain("   at "));
        }

        [TestCase(false)]
        [TestCase(true)]
        [CancelAfter(10_000)]
        public async Task The_api_key_is_never_printed_even_when_the_server_echoes_it(bool verbose)
        {
            var args = verbose ? new[] { "--verbose" } : new string[0];
            var run = await ListAfterFault(SimulatedFault.Status(401, "{\"detail\":\"Unauthorized: bad key " + Key + "\"}"), args);

            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Stdout + run.Stderr, Does.Not.Contain(Key).And.Contain("[redacted]"));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Direction_marks_in_a_servers_detail_are_escaped_in_the_error_line()
        {
            var run = await ListAfterFault(SimulatedFault.Status(400, "{\"detail\":\"a\\u2066b\\u202ac\\u200ed\\u061ce\"}"), new string[0]);

            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.StderrLines, Is.EqualTo(new[] { "error: bad request (400): a\\u2066b\\u202ac\\u200ed\\u061ce" }));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task The_api_key_from_the_environment_is_never_printed_even_in_usage_errors()
        {
            var environment = new System.Collections.Generic.Dictionary<string, string> { ["LETTA_API_KEY"] = Key };

            var run = await CliRun.RunAsync(new[] { "--page-size", Key }, environment: environment);

            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.StderrLines[0], Is.EqualTo("error: --page-size must be a whole number between 1 and 10000; got '[redacted]'."));
        }
    }
}
