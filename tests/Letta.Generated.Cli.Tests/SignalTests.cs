using System.Linq;
using System.Threading.Tasks;
using Letta.Generated.Cli.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Cli.Tests
{
    /// <summary>Ctrl+C (130) and SIGTERM (143) stop a listing cleanly: output well-formed, the resume token on stderr.</summary>
    public sealed class SignalTests
    {
        [TestCase(ExitCodes.Interrupted, "note: interrupted after 8 batches; more may remain. To resume, run the same command (same --order) with:")]
        [TestCase(ExitCodes.Terminated, "note: terminated (SIGTERM) after 8 batches; more may remain. To resume, run the same command (same --order) with:")]
        [CancelAfter(10_000)]
        public async Task A_signal_mid_listing_exits_with_its_code_and_prints_where_to_resume(int exitCode, string note)
        {
            using var letta = Sim.Server(listed: 20);
            using var interruption = new Interruption();
            // The signal arrives while the third page is being fetched: two pages (8 batches) are out.
            letta.OnRequest(request => { if (request.Number == 3) interruption.Request(exitCode); });

            var run = await CliRun.RunAsync(Sim.Args(letta, "--page-size", "4", "--format", "jsonl"), letta, interruption: interruption);

            Assert.That(run.ExitCode, Is.EqualTo(exitCode));
            Assert.That(run.StderrLines[0], Is.EqualTo(note));
            Assert.That(run.Stderr, Does.Not.Contain("   at "), "no stack trace");
            var written = run.StdoutLines.Select(l => Json.Id(Json.Parse(l))).ToList();
            Assert.That(written, Is.EqualTo(Sim.DescendingIds(letta).Take(8)));

            letta.OnRequest(null);
            var rest = await CliRun.RunAsync(Sim.Args(letta, "--continue", run.ResumeToken!, "--page-size", "4", "--format", "jsonl"), letta);
            Assert.That(written.Concat(rest.StdoutLines.Select(l => Json.Id(Json.Parse(l)))), Is.EqualTo(Sim.DescendingIds(letta)));
        }

        [TestCase(ExitCodes.Interrupted)]
        [TestCase(ExitCodes.Terminated)]
        [CancelAfter(10_000)]
        public async Task A_signal_leaves_json_output_a_closed_array(int exitCode)
        {
            using var letta = Sim.Server(listed: 20);
            using var interruption = new Interruption();
            letta.OnRequest(request => { if (request.Number == 2) interruption.Request(exitCode); });

            var run = await CliRun.RunAsync(Sim.Args(letta, "--page-size", "4", "--format", "json"), letta, interruption: interruption);

            Assert.That(run.ExitCode, Is.EqualTo(exitCode));
            Assert.That(((Newtonsoft.Json.Linq.JArray)Json.Parse(run.Stdout)).Select(Json.Id), Is.EqualTo(Sim.DescendingIds(letta).Take(4)));
        }
    }
}
