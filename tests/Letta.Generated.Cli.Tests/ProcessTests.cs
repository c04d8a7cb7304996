using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Cli.Tests.Support;
using Letta.Generated.Simulator;
using Letta.Generated.Testing;
using NUnit.Framework;

namespace Letta.Generated.Cli.Tests
{
    /// <summary>A real letta-batches process against the simulator on loopback: a closed pipe and SIGTERM.</summary>
    [Platform(Exclude = "Win")]
    public sealed class ProcessTests
    {
        [Test]
        [CancelAfter(60_000)]
        public async Task Piped_into_a_reader_that_leaves_the_tool_stops_paging_and_exits_0_quietly()
        {
            // 200 pages of 10; the reader takes one line and closes the pipe.
            using var letta = LettaSimulator.Start(new LettaSimulatorOptions { SeedCount = 2000 });
            var test = TestContext.CurrentContext.CancellationToken;
            using var tool = ToolProcess.Start("--base-url", letta.BaseUrl.ToString(), "--format", "jsonl", "--page-size", "10");
            var stderr = tool.StandardError.ReadToEndAsync(test);

            var first = await tool.StandardOutput.ReadLineAsync(test);
            tool.StandardOutput.Close();
            await tool.WaitForExitAsync(test);

            Assert.That(first, Does.StartWith("{"));
            Assert.That(tool.ExitCode, Is.EqualTo(0));
            Assert.That(await stderr, Is.Empty);
            // The pipe holds a few pages before the first failed write; the old tool paged on to all 200.
            Assert.That(letta.RequestCount, Is.LessThan(100), "it stopped soon after the reader left");
        }

        [Test]
        [CancelAfter(60_000)]
        public async Task Sigterm_mid_listing_exits_143_with_the_pages_written_and_the_resume_token()
        {
            using var letta = LettaSimulator.Start(new LettaSimulatorOptions { SeedCount = 50 });
            var test = TestContext.CurrentContext.CancellationToken;
            var thirdRequest = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using var release = new ManualResetEventSlim();
            // The third page is held on the server until the test is done, so the signal always lands while it is awaited.
            letta.OnRequest(request =>
            {
                if (request.Number != 3) return;
                thirdRequest.TrySetResult();
                release.Wait(test);
            });
            try
            {
                using var tool = ToolProcess.Start("--base-url", letta.BaseUrl.ToString(), "--format", "jsonl", "--page-size", "5");
                var stdout = tool.StandardOutput.ReadToEndAsync(test);
                var stderr = tool.StandardError.ReadToEndAsync(test);

                await thirdRequest.Task.WaitAsync(test);
                ToolProcess.Signal(tool, ToolProcess.SigTerm);
                await tool.WaitForExitAsync(test);

                Assert.That(tool.ExitCode, Is.EqualTo(143), await stderr);
                var lines = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries);
                Assert.That(lines.Select(l => Json.Id(Json.Parse(l))), Is.EqualTo(letta.Batches.Select(b => b.Id).Reverse().Take(10)));
                var notes = (await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries);
                Assert.That(notes[0], Is.EqualTo("note: terminated (SIGTERM) after 10 batches; more may remain. To resume, run the same command (same --order) with:"));
                Assert.That(notes[1], Does.StartWith("  --continue "));
            }
            finally
            {
                release.Set();
            }
        }
    }
}
