using System;
using System.Linq;
using System.Threading.Tasks;
using Letta.Generated.Cli.Tests.Support;
using Letta.Generated.Simulator;
using Letta.Generated.Testing;
using NUnit.Framework;

namespace Letta.Generated.Cli.Tests.Watching
{
    /// <summary>A real letta-batches process watching the simulator on loopback: SIGTERM ends it cleanly.</summary>
    [Platform(Exclude = "Win")]
    public sealed class WatchProcessTests
    {
        [Test]
        [CancelAfter(60_000)]
        public async Task Sigterm_ends_a_watch_with_143_and_every_change_seen_printed_whole()
        {
            using var letta = LettaSimulator.Start(new LettaSimulatorOptions { SeedCount = 3 });
            var test = TestContext.CurrentContext.CancellationToken;
            using var tool = ToolProcess.Start("--base-url", letta.BaseUrl.ToString(), "--watch", "--format", "jsonl");
            var stderr = tool.StandardError.ReadToEndAsync(test);

            // The first poll's three changes, flushed before the watch waits its 5 s; then the signal.
            var first = new[] { await tool.StandardOutput.ReadLineAsync(test), await tool.StandardOutput.ReadLineAsync(test), await tool.StandardOutput.ReadLineAsync(test) };
            ToolProcess.Signal(tool, ToolProcess.SigTerm);
            var rest = await tool.StandardOutput.ReadToEndAsync(test);
            await tool.WaitForExitAsync(test);

            Assert.That(tool.ExitCode, Is.EqualTo(143), await stderr);
            Assert.That(first.Select(l => (string?)Json.Parse(l!)["event"]), Is.All.EqualTo("appeared"));
            Assert.That(first.Select(l => Json.Id(Json.Parse(l!)["batch"]!)), Is.EqualTo(letta.Batches.Select(b => b.Id).Reverse()));
            Assert.That(rest, Is.Empty, "nothing changed, nothing more");
            Assert.That(await stderr, Does.Contain("note: watch terminated (SIGTERM)."));
        }
    }
}
