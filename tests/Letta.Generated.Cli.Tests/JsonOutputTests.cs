using System.Linq;
using System.Threading.Tasks;
using Letta.Generated.Cli.Tests.Support;
using Letta.Generated.Simulator;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Letta.Generated.Cli.Tests
{
    /// <summary>json and jsonl: each batch exactly as the server sent it; json always a closed array.</summary>
    public sealed class JsonOutputTests
    {
        /// <summary>A server that answers the first page with <paramref name="body"/>, then an empty page (the end).</summary>
        private static SimulatedLettaServer Serving(string body)
        {
            var letta = Sim.Empty();
            letta.Faults.Enqueue(SimulatedFault.Status(200, body));
            letta.Faults.Enqueue(SimulatedFault.Status(200, "[]"));
            return letta;
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Jsonl_writes_each_batch_byte_for_byte_as_the_server_sent_it()
        {
            using var letta = Serving(Bodies.Page);

            var run = await CliRun.RunAsync(Sim.Args(letta, "--format", "jsonl", "--order", "asc"), letta);

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(run.Stdout, Is.EqualTo(Bodies.First + "\n" + Bodies.Second + "\n"));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Json_is_one_array_of_the_batches_byte_for_byte_as_the_server_sent_them()
        {
            using var letta = Serving(Bodies.Page);

            var run = await CliRun.RunAsync(Sim.Args(letta, "--format", "json", "--order", "asc"), letta);

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(run.Stdout, Is.EqualTo("[\n" + Bodies.First + ",\n" + Bodies.Second + "\n]\n"));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Jsonl_puts_a_pretty_printed_batch_on_one_line_with_every_value_unchanged()
        {
            using var letta = Serving("[\n  {\n    \"id\": \"job-p\",\n    \"created_at\": \"2025-01-02T03:04:05Z\",\n    \"status\": null\n  }\n]");

            var run = await CliRun.RunAsync(Sim.Args(letta, "--format", "jsonl", "--order", "asc"), letta);

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(run.Stdout, Is.EqualTo("{     \"id\": \"job-p\",     \"created_at\": \"2025-01-02T03:04:05Z\",     \"status\": null   }\n"));
        }

        [TestCase("jsonl")]
        [TestCase("json")]
        [CancelAfter(10_000)]
        public async Task A_whole_listing_equals_the_servers_json_value_for_value(string format)
        {
            using var letta = Sim.Server(listed: 23);
            var expected = await Json.ServerBatchesAsync(letta);

            var run = await CliRun.RunAsync(Sim.Args(letta, "--format", format, "--page-size", "5"), letta);

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            var written = format == "json" ? ((JArray)Json.Parse(run.Stdout)).ToList() : run.StdoutLines.Select(Json.Parse).ToList();
            Assert.That(written, Has.Count.EqualTo(23));
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.That(JToken.DeepEquals(written[i], expected[i]), Is.True, $"batch {i}: {written[i]}\nserver: {expected[i]}");
            }
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Json_of_an_empty_listing_is_an_empty_array()
        {
            using var letta = Sim.Empty();

            var run = await CliRun.RunAsync(Sim.Args(letta, "--format", "json"), letta);

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(run.Stdout, Is.EqualTo("[]\n"));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Json_closes_its_array_when_the_listing_fails_part_way_and_the_error_goes_to_stderr()
        {
            using var letta = Sim.Server(listed: 10);
            letta.OnRequest(request => { if (request.Number == 2) letta.Faults.Enqueue(SimulatedFault.DatabaseError()); });

            var run = await CliRun.RunAsync(Sim.Args(letta, "--format", "json", "--page-size", "4"), letta, maxRetries: 0);

            Assert.That(run.ExitCode, Is.EqualTo(1));
            var listed = (JArray)Json.Parse(run.Stdout);
            Assert.That(listed.Select(Json.Id), Is.EqualTo(Sim.DescendingIds(letta).Take(4)));
            Assert.That(run.StderrLines[0], Is.EqualTo("error: server error (500): A database error occurred."));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Json_closes_its_array_when_the_first_page_fails()
        {
            using var letta = Sim.Empty();
            letta.Faults.Enqueue(SimulatedFault.Status(401, "{\"detail\":\"Unauthorized\"}"));

            var run = await CliRun.RunAsync(Sim.Args(letta, "--format", "json"), letta);

            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Stdout, Is.EqualTo("[]\n"));
        }
    }
}
