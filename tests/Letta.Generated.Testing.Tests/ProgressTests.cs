using System;
using System.Linq;
using System.Threading.Tasks;
using Letta.Generated.Simulator;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace Letta.Generated.Testing.Tests
{
    /// <summary>Over loopback HTTP too, batches move on with <see cref="LettaSimulatorOptions.Progress"/> as a fake clock says.</summary>
    [CancelAfter(30_000)]
    public class ProgressTests
    {
        [Test]
        public async Task A_fake_clock_drives_batches_from_created_to_running_to_gone_over_loopback()
        {
            var time = new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
            var progress = new SimulatedProgress { StartChance = 1, FinishChance = 1, ArrivalChance = 0, Step = TimeSpan.FromSeconds(5) };
            using var letta = LettaSimulator.Start(new LettaSimulatorOptions { TimeProvider = time, Progress = progress });
            letta.AddBatch(new SimulatedBatch { Id = "job-a", CreatedAt = new DateTimeOffset(2029, 12, 31, 0, 0, 0, TimeSpan.Zero), Status = "created" });

            var atStart = await Api.ListAsync(letta);
            time.Advance(TimeSpan.FromSeconds(5));
            var afterOneStep = await Api.ListAsync(letta);
            time.Advance(TimeSpan.FromSeconds(5));
            var afterTwoSteps = await Api.ListAsync(letta);

            Assert.That(atStart.Select(b => (string?)b["status"]), Is.EqualTo(new[] { "created" }));
            Assert.That(afterOneStep.Select(b => (string?)b["status"]), Is.EqualTo(new[] { "running" }));
            Assert.That(afterTwoSteps, Is.Empty);
            Assert.That(letta.Batches.Single().CompletedAt, Is.EqualTo(new DateTimeOffset(2030, 1, 1, 0, 0, 10, TimeSpan.Zero)));
        }
    }
}
