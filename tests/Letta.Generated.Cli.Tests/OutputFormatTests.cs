using System;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Letta.Generated.Cli.Output;
using Letta.Generated.Cli.Tests.Support;
using Letta.Generated.Testing;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Letta.Generated.Cli.Tests
{
    /// <summary>Every output format, parsed back and compared with the simulator's batches.</summary>
    public sealed class OutputFormatTests
    {
        private LettaSimulator _letta = null!;

        [OneTimeSetUp]
        public void StartSimulator() =>
            _letta = LettaSimulator.Start(new LettaSimulatorOptions { SeedCount = 40, IncludeNewStopReasons = true });

        [OneTimeTearDown]
        public void StopSimulator() => _letta.Dispose();

        private Task<CliRun> List(params string[] args) =>
            CliRun.RunAsync(new[] { "--base-url", _letta.BaseUrl.ToString() }.Concat(args).ToArray());

        [Test]
        public async Task Json_is_one_array_of_every_listed_batch_newest_first_with_all_fields()
        {
            var run = await List("--format", "json", "--page-size", "7");

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            var array = (JArray)Json.Parse(run.Stdout);
            var expected = Listed.Descending(_letta);
            Assert.That(array.Select(o => (string?)o!["id"]), Is.EqualTo(Listed.Ids(expected)));
            for (var i = 0; i < expected.Count; i++)
            {
                Json.AssertSameBatch((JObject)array[i], expected[i]);
            }
        }

        [Test]
        public async Task Json_objects_carry_only_api_fields_not_the_clients_convenience_properties()
        {
            var run = await List("--format", "json");

            var names = ((JArray)Json.Parse(run.Stdout)).Children<JObject>().SelectMany(o => o.Properties().Select(p => p.Name)).Distinct().ToList();
            Assert.That(names, Has.None.EqualTo("TotalDuration").And.None.EqualTo("TimeToFirstToken"));
            Assert.That(names, Has.All.Matches<string>(n => n != null && n == n.ToLowerInvariant()), "snake_case API names only");
        }

        [Test]
        public async Task Jsonl_is_one_compact_batch_object_per_line_in_listing_order()
        {
            var run = await List("--format", "jsonl", "--page-size", "5");

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            var expected = Listed.Descending(_letta);
            Assert.That(run.StdoutLines, Has.Length.EqualTo(expected.Count));
            for (var i = 0; i < expected.Count; i++)
            {
                Json.AssertSameBatch((JObject)Json.Parse(run.StdoutLines[i]), expected[i]);
            }
        }

        [Test]
        public async Task Csv_has_a_header_and_one_row_per_batch_with_raw_values()
        {
            var run = await List("--format", "csv");

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            var rows = Csv.Parse(run.Stdout);
            Assert.That(rows[0], Is.EqualTo(CsvWriter.Columns));
            var expected = Listed.Descending(_letta);
            Assert.That(rows.Skip(1).Select(r => r[0]), Is.EqualTo(Listed.Ids(expected)));
            foreach (var (row, batch) in rows.Skip(1).Zip(expected))
            {
                var field = CsvWriter.Columns.Select((name, index) => (name, index)).ToDictionary(c => c.name, c => row[c.index]);
                Assert.That(field["status"], Is.EqualTo(batch.Status));
                Assert.That(field["stop_reason"], Is.EqualTo(batch.StopReason ?? ""));
                Assert.That(field["agent_id"], Is.EqualTo(batch.AgentId ?? ""));
                Assert.That(DateTimeOffset.Parse(field["created_at"], CultureInfo.InvariantCulture), Is.EqualTo(batch.CreatedAt));
                Assert.That(field["total_duration_ns"], Is.EqualTo(batch.TotalDurationNs?.ToString(CultureInfo.InvariantCulture) ?? ""));
                Assert.That(field["callback_url"], Is.EqualTo(batch.CallbackUrl ?? ""));
            }
        }

        [Test]
        public async Task Csv_quotes_fields_that_contain_commas_quotes_or_newlines()
        {
            using var letta = LettaSimulator.Start();
            letta.AddBatch(new SimulatedBatch { Id = "job-quoted", CreatedAt = SimulatedBatchFactory.DefaultEpoch, Status = "running", CallbackUrl = "https://x.test/?a=1,b=\"2\"\nnext" });

            var run = await CliRun.RunAsync("--base-url", letta.BaseUrl.ToString(), "--format", "csv");

            var rows = Csv.Parse(run.Stdout);
            Assert.That(rows, Has.Count.EqualTo(2));
            Assert.That(rows[1][Array.IndexOf(CsvWriter.Columns, "callback_url")], Is.EqualTo("https://x.test/?a=1,b=\"2\"\nnext"));
        }

        [Test]
        public async Task Table_shows_id_status_stop_reason_created_duration_and_agent_for_every_batch()
        {
            var run = await List("--page-size", "9");

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            var rows = run.StdoutLines
                .Where(l => l.StartsWith('│'))
                .Select(l => l.Trim('│').Split('│').Select(c => c.Trim()).ToArray())
                .ToList();
            Assert.That(rows[0], Is.EqualTo(TableWriter.Headers));
            var expected = Listed.Descending(_letta);
            Assert.That(rows.Skip(1).Select(r => r[0]), Is.EqualTo(Listed.Ids(expected)));
            foreach (var (row, batch) in rows.Skip(1).Zip(expected))
            {
                Assert.That(row[1], Is.EqualTo(batch.Status));
                Assert.That(row[2], Is.EqualTo(batch.StopReason ?? "-"));
                Assert.That(row[3], Is.EqualTo(batch.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));
                Assert.That(row[4], Is.EqualTo(batch.TotalDurationNs is { } ns ? BatchCells.Duration(TimeSpan.FromTicks(ns / 100)) : "-"));
                Assert.That(row[5], Is.EqualTo(batch.AgentId ?? "-"));
            }
        }

        [Test]
        public async Task Table_shows_the_newer_stop_reasons_the_documentation_lacks()
        {
            var run = await List();

            Assert.That(run.Stdout, Does.Contain("context_window_overflow_in_system_prompt").And.Contain("insufficient_credits").And.Contain("max_tokens_exceeded"));
        }

        [TestCase("--count-only")]
        [TestCase("--format", "count")]
        public async Task Count_prints_only_the_number_of_listed_batches(params string[] args)
        {
            var run = await List(args.Concat(new[] { "--page-size", "4" }).ToArray());

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(run.Stdout, Is.EqualTo(Listed.Ascending(_letta).Count + "\n"));
        }

        [Test]
        public async Task Redirected_stderr_gets_no_progress_line()
        {
            var run = await List("--format", "jsonl", "--page-size", "3");

            Assert.That(run.Stderr, Is.Empty);
        }

        [Test]
        public async Task A_progress_line_on_a_terminal_stderr_leaves_stdout_unchanged()
        {
            var plain = await List("--format", "jsonl", "--page-size", "3");

            var withProgress = await CliRun.RunAsync(
                new[] { "--base-url", _letta.BaseUrl.ToString(), "--format", "jsonl", "--page-size", "3" },
                terminal: new CliTerminal(StdoutIsTerminal: false, StderrIsTerminal: true, Width: 80));

            Assert.That(withProgress.ExitCode, Is.EqualTo(0), withProgress.Stderr);
            Assert.That(withProgress.Stdout, Is.EqualTo(plain.Stdout));
        }
    }
}
