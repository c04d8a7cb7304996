using System.Linq;
using System.Threading.Tasks;
using Letta.Generated.Cli.Tests.Support;
using Letta.Generated.Simulator;
using NUnit.Framework;

namespace Letta.Generated.Cli.Tests
{
    /// <summary><c>--verbose</c> writes the library's own log events to stderr, redacted like everything the tool prints.</summary>
    public sealed class VerboseTests
    {
        private const string Key = "sk-let-verbose-0a1b2c3d4e5f";

        [Test]
        [CancelAfter(10_000)]
        public async Task Verbose_writes_each_retry_and_page_from_the_library_to_stderr_without_the_key()
        {
            using var letta = Sim.Server(listed: 5, apiKey: Key);
            // retry-after-ms: 0, so the retry is logged without the test waiting for a backoff.
            letta.Faults.Enqueue(SimulatedFault.ServiceUnavailable().WithRetryAfterMilliseconds(0));

            var run = await CliRun.RunAsync(Sim.Args(letta, "--api-key", Key, "--verbose", "--format", "count"), letta, maxRetries: 1);

            Assert.That(run.ExitCode, Is.EqualTo(0));
            Assert.That(run.StderrLines.Count(l => l.StartsWith("letta-batches: [Information] Letta.Generated.Http: Retrying Letta request GET ")), Is.EqualTo(1));
            Assert.That(run.StderrLines.Any(l => l.StartsWith("letta-batches: [Debug] Letta.Generated.Paging: Letta listing page 1 ")), Is.True);
            Assert.That(string.Join("\n", run.StderrLines), Does.Not.Contain(Key));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Without_verbose_the_library_logs_nothing_to_stderr()
        {
            using var letta = Sim.Server(listed: 5);
            letta.Faults.Enqueue(SimulatedFault.ServiceUnavailable().WithRetryAfterMilliseconds(0));

            var run = await CliRun.RunAsync(Sim.Args(letta, "--format", "count"), letta, maxRetries: 1);

            Assert.That(run.ExitCode, Is.EqualTo(0));
            Assert.That(run.StderrLines.Where(l => l.StartsWith("letta-batches: [")), Is.Empty);
        }
    }
}
