using System.Threading.Tasks;
using Letta.Generated.Cli.Tests.Support;
using Letta.Generated.Simulator;
using NUnit.Framework;

namespace Letta.Generated.Cli.Tests
{
    /// <summary>CSV: RFC 4180 (CRLF, quoting), values normalized for people (UTC, readable durations), text exact.</summary>
    public sealed class CsvOutputTests
    {
        private const string Header = "id,status,stop_reason,job_type,agent_id,created_at,updated_at,completed_at,total_duration,time_to_first_token,callback_url,callback_sent_at,callback_status_code,callback_error\r\n";

        [Test]
        [CancelAfter(10_000)]
        public async Task Csv_has_a_header_and_one_crlf_row_per_batch_in_utc_with_readable_durations()
        {
            using var letta = Sim.Empty();
            letta.Faults.Enqueue(SimulatedFault.Status(200, Bodies.Page));
            letta.Faults.Enqueue(SimulatedFault.Status(200, "[]"));

            var run = await CliRun.RunAsync(Sim.Args(letta, "--format", "csv", "--order", "asc"), letta);

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(run.Stdout, Is.EqualTo(
                Header
                + "job-b,running,,,\"agent-\u00e9\n\",2025-01-02T03:04:05.000000Z,,2025-01-02T03:09:05.120000Z,4m 11s,2501h 59m,None,,,\r\n"
                + "job-c,created,,,,2025-01-02T03:04:06.500000Z,,,,,,,,\r\n"));
        }

        [TestCase("csv")]
        [TestCase("table")]
        [CancelAfter(10_000)]
        public async Task A_batch_that_cannot_be_read_fails_its_page_as_a_whole_after_the_pages_before_it(string format)
        {
            using var letta = Sim.Empty();
            letta.Faults.Enqueue(SimulatedFault.Status(200, Bodies.Page));
            letta.Faults.Enqueue(SimulatedFault.Status(200,
                "[{\"id\":\"job-d\",\"created_at\":\"2025-01-02T03:04:07Z\",\"status\":\"running\"},"
                + "{\"id\":\"job-e\",\"created_at\":\"2025-01-02T03:04:08Z\",\"status\":5}]"));

            var run = await CliRun.RunAsync(Sim.Args(letta, "--format", format, "--order", "asc", "--page-size", "2"), letta);

            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Stdout, Does.Contain("job-b").And.Contain("job-c"), "the first page was written");
            Assert.That(run.Stdout, Does.Not.Contain("job-d"), "nothing of the page with the unreadable batch");
            Assert.That(run.Stderr, Does.Contain("job-e"));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Csv_quotes_commas_quotes_and_line_breaks_and_keeps_control_characters_exact()
        {
            using var letta = Sim.Empty();
            letta.AddBatch(new SimulatedBatch
            {
                Id = "job-quoted",
                CreatedAt = SimulatedBatchFactory.DefaultEpoch,
                Status = "running",
                CallbackUrl = "https://x.test/?a=1,b=\"2\"\r\nnext",
                CallbackError = "bad \u001b[31m",
            });

            var run = await CliRun.RunAsync(Sim.Args(letta, "--format", "csv"), letta);

            var rows = Csv.Parse(run.Stdout);
            Assert.That(rows, Has.Count.EqualTo(2));
            Assert.That(rows[1][10], Is.EqualTo("https://x.test/?a=1,b=\"2\"\r\nnext"));
            Assert.That(rows[1][13], Is.EqualTo("bad \u001b[31m"));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Csv_of_an_empty_listing_is_the_header_alone()
        {
            using var letta = Sim.Empty();

            var run = await CliRun.RunAsync(Sim.Args(letta, "--format", "csv"), letta);

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(run.Stdout, Is.EqualTo(Header));
        }
    }
}
