using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Cli.Tests.Support;
using Letta.Generated.Testing;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Letta.Generated.Cli.Tests
{
    /// <summary>--order, --page-size, --max-items, --continue, --after/--before and Ctrl+C.</summary>
    public sealed class PagingTests
    {
        private LettaSimulator _letta = null!;

        [SetUp]
        public void StartSimulator() =>
            _letta = LettaSimulator.Start(new LettaSimulatorOptions { SeedCount = 40, IncludeNewStopReasons = true });

        [TearDown]
        public void StopSimulator() => _letta.Dispose();

        private Task<CliRun> List(params string[] args) =>
            CliRun.RunAsync(new[] { "--base-url", _letta.BaseUrl.ToString() }.Concat(args).ToArray());

        private static List<string> Ids(CliRun run) => run.StdoutLines.Select(l => (string)Json.Parse(l)["id"]!).ToList();

        [Test]
        public async Task Order_asc_lists_oldest_first()
        {
            var run = await List("--order", "asc", "--format", "jsonl", "--page-size", "6");

            Assert.That(Ids(run), Is.EqualTo(Listed.Ids(Listed.Ascending(_letta))));
        }

        [Test]
        public async Task Page_size_is_the_limit_of_every_request()
        {
            var run = await List("--format", "count", "--page-size", "8");

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(_letta.Requests.Select(r => r.Query["limit"]).Distinct(), Is.EqualTo(new[] { "8" }));
            Assert.That(_letta.RequestCount, Is.GreaterThanOrEqualTo(Listed.Ascending(_letta).Count / 8));
        }

        [Test]
        public async Task Max_items_stops_after_that_many_and_prints_a_continuation_token_on_stderr()
        {
            var run = await List("--max-items", "7", "--page-size", "3", "--format", "jsonl");

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(Ids(run), Is.EqualTo(Listed.Ids(Listed.Descending(_letta)).Take(7)));
            Assert.That(run.ResumeToken, Is.Not.Null.And.Not.Empty, run.Stderr);
            Assert.That(run.Stdout, Does.Not.Contain(run.ResumeToken!), "the token goes to stderr only");
        }

        [TestCase("desc")]
        [TestCase("asc")]
        public async Task Continue_resumes_with_exactly_the_rest(string order)
        {
            var first = await List("--order", order, "--max-items", "7", "--page-size", "3", "--format", "jsonl");
            var rest = await List("--order", order, "--continue", first.ResumeToken!, "--page-size", "3", "--format", "jsonl");

            Assert.That(rest.ExitCode, Is.EqualTo(0), rest.Stderr);
            var all = order == "asc" ? Listed.Ascending(_letta) : Listed.Descending(_letta);
            Assert.That(Ids(first).Concat(Ids(rest)), Is.EqualTo(Listed.Ids(all)));
            Assert.That(rest.ResumeToken, Is.Null, "a complete listing offers no token");
        }

        [Test]
        public async Task Continue_can_be_chained_in_steps_of_max_items()
        {
            var seen = new List<string>();
            string? token = null;
            for (var step = 0; step < 20; step++)
            {
                var args = new List<string> { "--max-items", "10", "--format", "jsonl" };
                if (token is not null) args.AddRange(new[] { "--continue", token });
                var run = await List(args.ToArray());
                seen.AddRange(Ids(run));
                token = run.ResumeToken;
                if (token is null) break;
            }

            Assert.That(seen, Is.EqualTo(Listed.Ids(Listed.Descending(_letta))));
        }

        [Test]
        public async Task Continue_with_a_token_that_is_not_a_token_is_a_usage_error()
        {
            var run = await List("--continue", "not-a-token");

            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.StderrLines[0], Does.StartWith("error: --continue"));
            Assert.That(_letta.RequestCount, Is.EqualTo(0));
        }

        [TestCase("--after", "asc")]
        [TestCase("--after", "desc")]
        [TestCase("--before", "asc")]
        [TestCase("--before", "desc")]
        public async Task After_and_before_fetch_one_raw_page_exactly_as_the_server_sends_it(string cursor, string order)
        {
            var pivot = Listed.Ascending(_letta)[15].Id;
            using var http = _letta.CreateHttpClient();
            var direct = JArray.Parse(await http.GetStringAsync($"v1/messages/batches?{cursor.TrimStart('-')}={pivot}&limit=5&order={order}"));
            _letta.ClearRequests();

            var run = await List(cursor, pivot, "--page-size", "5", "--order", order, "--format", "jsonl");

            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(Ids(run), Is.EqualTo(direct.Select(o => (string)o["id"]!)));
            Assert.That(_letta.RequestCount, Is.EqualTo(1), "one raw page, no paging");
            Assert.That(_letta.Requests[0].Query[cursor.TrimStart('-')], Is.EqualTo(pivot));
        }

        [Test]
        public async Task Ctrl_c_stops_the_listing_with_exit_130_and_says_where_to_resume()
        {
            using var interrupt = new CancellationTokenSource();
            _letta.OnRequest(request => { if (request.Number == 3) interrupt.Cancel(); });

            var run = await CliRun.RunAsync(new[] { "--base-url", _letta.BaseUrl.ToString(), "--page-size", "4", "--format", "jsonl" }, cancellationToken: interrupt.Token);

            Assert.That(run.ExitCode, Is.EqualTo(130));
            Assert.That(run.Stderr, Does.Contain("interrupted"));
            Assert.That(run.Stderr, Does.Not.Contain("   at "), "no stack trace");
            var written = Ids(run);
            Assert.That(written, Is.EqualTo(Listed.Ids(Listed.Descending(_letta)).Take(written.Count)), "what was written is a clean prefix");
            Assert.That(run.ResumeToken, Is.Not.Null);

            _letta.OnRequest(null);
            var rest = await List("--continue", run.ResumeToken!, "--page-size", "4", "--format", "jsonl");
            Assert.That(written.Concat(Ids(rest)), Is.EqualTo(Listed.Ids(Listed.Descending(_letta))));
        }
    }
}
