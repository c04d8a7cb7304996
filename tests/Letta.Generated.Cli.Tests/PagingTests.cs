using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Letta.Generated.Cli.Tests.Support;
using Letta.Generated.Simulator;
using NUnit.Framework;

namespace Letta.Generated.Cli.Tests
{
    /// <summary>--order, --page-size, --max-items, --continue, prefetching, and --after/--before.</summary>
    public sealed class PagingTests
    {
        private static List<string> Ids(CliRun run) => run.StdoutLines.Select(l => Json.Id(Json.Parse(l))).ToList();

        [Test]
        [CancelAfter(10_000)]
        public async Task Order_asc_lists_oldest_first_and_the_default_is_newest_first()
        {
            using var letta = Sim.Server(listed: 17);

            var asc = await CliRun.RunAsync(Sim.Args(letta, "--order", "asc", "--format", "jsonl", "--page-size", "6"), letta);
            var desc = await CliRun.RunAsync(Sim.Args(letta, "--format", "jsonl", "--page-size", "6"), letta);

            Assert.That(Ids(asc), Is.EqualTo(Sim.AscendingIds(letta)));
            Assert.That(Ids(desc), Is.EqualTo(Sim.DescendingIds(letta)));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Page_size_is_the_limit_of_every_request()
        {
            using var letta = Sim.Server(listed: 20);

            var run = await CliRun.RunAsync(Sim.Args(letta, "--format", "count", "--page-size", "8"), letta);

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(letta.Requests.Select(r => r.Query["limit"]).Distinct(), Is.EqualTo(new[] { "8" }));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task A_whole_listing_asks_for_the_next_page_while_it_writes_this_one()
        {
            using var letta = Sim.Server(listed: 12);
            var secondRequest = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            letta.OnRequest(request => { if (request.Number == 2) secondRequest.TrySetResult(); });
            var test = TestContext.CurrentContext.CancellationToken;
            // The first page's flush waits for the second request: only a prefetching listing has sent it by then.
            var stdout = new RecordingStream { OnFlush = flush => { if (flush == 1) secondRequest.Task.Wait(test); } };

            var run = await CliRun.RunAsync(Sim.Args(letta, "--format", "jsonl", "--page-size", "5"), letta, stdout: stdout);

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(Ids(run), Is.EqualTo(Sim.DescendingIds(letta)));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Max_items_asks_for_nothing_beyond_the_limit()
        {
            using var letta = Sim.Server(listed: 30);

            var run = await CliRun.RunAsync(Sim.Args(letta, "--format", "jsonl", "--page-size", "5", "--max-items", "10"), letta);

            Assert.That(Ids(run), Is.EqualTo(Sim.DescendingIds(letta).Take(10)));
            Assert.That(letta.RequestCount, Is.EqualTo(2), "no page is asked for ahead of time when only 10 are wanted");
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Max_items_stops_after_that_many_and_prints_the_continuation_token_on_stderr()
        {
            using var letta = Sim.Server(listed: 30);

            var run = await CliRun.RunAsync(Sim.Args(letta, "--max-items", "7", "--page-size", "3", "--format", "jsonl"), letta);

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(Ids(run), Is.EqualTo(Sim.DescendingIds(letta).Take(7)));
            Assert.That(run.StderrLines[0], Is.EqualTo("note: stopped by --max-items after 7 batches; more may remain. To resume, run the same command (same --order) with:"));
            Assert.That(run.ResumeToken, Is.Not.Null.And.Not.Empty);
            Assert.That(run.Stdout, Does.Not.Contain(run.ResumeToken!), "the token goes to stderr only");
        }

        [TestCase("desc")]
        [TestCase("asc")]
        [CancelAfter(10_000)]
        public async Task Continue_resumes_with_exactly_the_rest(string order)
        {
            using var letta = Sim.Server(listed: 30);

            var first = await CliRun.RunAsync(Sim.Args(letta, "--order", order, "--max-items", "7", "--page-size", "3", "--format", "jsonl"), letta);
            var rest = await CliRun.RunAsync(Sim.Args(letta, "--order", order, "--continue", first.ResumeToken!, "--page-size", "3", "--format", "jsonl"), letta);

            Assert.That(rest.ExitCode, Is.EqualTo(0), rest.Stderr);
            Assert.That(Ids(first).Concat(Ids(rest)), Is.EqualTo(order == "asc" ? Sim.AscendingIds(letta) : Sim.DescendingIds(letta)));
            Assert.That(rest.ResumeToken, Is.Null, "a complete listing offers no token");
        }

        [Test]
        [CancelAfter(20_000)]
        public async Task Continue_can_be_chained_in_steps_of_max_items()
        {
            using var letta = Sim.Server(listed: 45);
            var seen = new List<string>();
            string? token = null;
            for (var step = 0; step < 10; step++)
            {
                var args = new List<string> { "--max-items", "10", "--format", "jsonl" };
                if (token is not null) args.AddRange(new[] { "--continue", token });
                var run = await CliRun.RunAsync(Sim.Args(letta, args.ToArray()), letta);
                seen.AddRange(Ids(run));
                token = run.ResumeToken;
                if (token is null) break;
            }

            Assert.That(seen, Is.EqualTo(Sim.DescendingIds(letta)));
        }

        [TestCase("not-a-token")]
        [TestCase("eyJ2Ijo5fQ")]
        [CancelAfter(10_000)]
        public async Task Continue_with_a_token_that_is_not_one_is_a_usage_error_and_sends_nothing(string token)
        {
            using var letta = Sim.Server(listed: 5);

            var run = await CliRun.RunAsync(Sim.Args(letta, "--continue", token), letta);

            Assert.That(run.ExitCode, Is.EqualTo(2), run.Stderr);
            Assert.That(run.StderrLines[0], Is.EqualTo("error: --continue: The continuation token is not one this library produced (take it from LettaPage.ContinuationToken)."));
            Assert.That(letta.RequestCount, Is.EqualTo(0));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Continue_with_a_token_of_the_other_order_is_a_usage_error_naming_both()
        {
            using var letta = Sim.Server(listed: 10);
            var first = await CliRun.RunAsync(Sim.Args(letta, "--order", "asc", "--max-items", "3", "--format", "count"), letta);
            letta.ClearRequests();

            var run = await CliRun.RunAsync(Sim.Args(letta, "--continue", first.ResumeToken!), letta);

            Assert.That(run.ExitCode, Is.EqualTo(2), run.Stderr);
            Assert.That(run.StderrLines[0], Is.EqualTo("error: --continue: The continuation token was made by a listing in asc order; this listing is desc."));
            Assert.That(letta.RequestCount, Is.EqualTo(0));
        }

        [TestCase("--after", "asc")]
        [TestCase("--after", "desc")]
        [TestCase("--before", "asc")]
        [TestCase("--before", "desc")]
        [CancelAfter(10_000)]
        public async Task After_and_before_fetch_one_raw_page_with_the_cursor_as_given(string cursor, string order)
        {
            using var letta = Sim.Server(listed: 30);
            var pivot = Sim.AscendingIds(letta)[15];
            using var http = letta.CreateHttpClient();
            var direct = (Newtonsoft.Json.Linq.JArray)Json.Parse(await http.GetStringAsync($"v1/messages/batches?{cursor.TrimStart('-')}={pivot}&limit=5&order={order}"));
            letta.ClearRequests();

            var run = await CliRun.RunAsync(Sim.Args(letta, cursor, pivot, "--page-size", "5", "--order", order, "--format", "jsonl"), letta);

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(Ids(run), Is.EqualTo(direct.Select(Json.Id)));
            Assert.That(letta.RequestCount, Is.EqualTo(1), "one raw page, no paging");
            Assert.That(letta.Requests[0].Query[cursor.TrimStart('-')], Is.EqualTo(pivot));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task A_raw_page_is_written_byte_for_byte_as_the_server_sent_it()
        {
            using var letta = Sim.Empty();
            letta.Faults.Enqueue(SimulatedFault.Status(200, Bodies.Page));

            var run = await CliRun.RunAsync(Sim.Args(letta, "--after", "job-a", "--format", "jsonl"), letta);

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(run.Stdout, Is.EqualTo(Bodies.First + "\n" + Bodies.Second + "\n"));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Max_items_is_the_limit_of_a_raw_page_when_smaller_than_the_page_size()
        {
            using var letta = Sim.Server(listed: 30);
            var pivot = Sim.AscendingIds(letta)[3];

            var run = await CliRun.RunAsync(Sim.Args(letta, "--after", pivot, "--max-items", "4", "--format", "jsonl"), letta);

            Assert.That(run.StdoutLines, Has.Length.EqualTo(4));
            Assert.That(letta.Requests[0].Query["limit"], Is.EqualTo("4"));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Max_items_cuts_a_raw_page_from_a_server_that_sends_more_than_the_limit()
        {
            using var letta = Sim.Empty();
            letta.Faults.Enqueue(SimulatedFault.Status(200, Bodies.Page));

            var run = await CliRun.RunAsync(Sim.Args(letta, "--before", "job-z", "--max-items", "1", "--format", "jsonl"), letta);

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(run.Stdout, Is.EqualTo(Bodies.First + "\n"));
        }
    }
}
