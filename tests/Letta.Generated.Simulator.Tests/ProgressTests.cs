using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Simulator.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Letta.Generated.Simulator.Tests
{
    /// <summary>
    /// <see cref="LettaSimulatorOptions.Progress"/>: batches move on by themselves (created → running → finished, new
    /// ones arriving) at every step of the simulator's clock; off by default. A fake clock drives it.
    /// </summary>
    public class ProgressTests
    {
        private static readonly DateTimeOffset Now = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

        [Test]
        public void Without_progress_batches_never_change_by_themselves()
        {
            var time = new FakeTimeProvider(Now);
            using var letta = InProcess.ServerWith(3, new LettaSimulatorOptions { TimeProvider = time });
            var before = letta.Batches;

            time.Advance(TimeSpan.FromHours(1));

            Assert.That(letta.Batches, Is.EqualTo(before));
        }

        [Test]
        public void At_a_step_created_batches_start_running_with_the_step_as_updated_at()
        {
            var time = new FakeTimeProvider(Now);
            var progress = new SimulatedProgress { StartChance = 1, FinishChance = 0, ArrivalChance = 0 };
            using var letta = new SimulatedLettaServer(new LettaSimulatorOptions { TimeProvider = time, Progress = progress });
            letta.AddBatch(InProcess.Batch(0, "created"));

            time.Advance(TimeSpan.FromSeconds(1));

            var batch = letta.Batches.Single();
            Assert.That((batch.Status, batch.UpdatedAt), Is.EqualTo(("running", (DateTimeOffset?)Now.AddSeconds(1))));
        }

        [Test]
        public void At_a_step_running_batches_finish_and_leave_the_listing()
        {
            var time = new FakeTimeProvider(Now);
            var progress = new SimulatedProgress { StartChance = 0, FinishChance = 1, ArrivalChance = 0 };
            using var letta = InProcess.ServerWith(4, new LettaSimulatorOptions { TimeProvider = time, Progress = progress });

            time.Advance(TimeSpan.FromSeconds(1));

            Assert.That(letta.Batches.Select(b => b.Status), Is.All.AnyOf("completed", "failed", "cancelled", "expired"));
            Assert.That(letta.Batches.Select(b => b.CompletedAt), Is.All.EqualTo(Now.AddSeconds(1)));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task New_created_batches_arrive_one_per_step_stamped_with_the_step_and_are_listed(CancellationToken cancellationToken)
        {
            var time = new FakeTimeProvider(Now);
            var progress = new SimulatedProgress { StartChance = 0, FinishChance = 0, ArrivalChance = 1, Step = TimeSpan.FromMilliseconds(500) };
            using var letta = new SimulatedLettaServer(new LettaSimulatorOptions { TimeProvider = time, Progress = progress });
            using var http = letta.CreateHttpClient();

            time.Advance(TimeSpan.FromSeconds(1.5));
            var listed = (JArray)InProcess.Parse(await http.GetStringAsync(InProcess.Path + "?order=asc", cancellationToken));

            Assert.That(listed.Select(b => (string?)b["created_at"]), Is.EqualTo(new[] { "2030-01-01T00:00:00.500000Z", "2030-01-01T00:00:01Z", "2030-01-01T00:00:01.500000Z" }));
            Assert.That(listed.Select(b => (string?)b["status"]), Is.All.EqualTo("created"));
            Assert.That(listed.Select(b => (string?)b["id"]).Distinct().Count(), Is.EqualTo(3));
        }

        [Test]
        public void Nothing_moves_before_a_whole_step_has_passed()
        {
            var time = new FakeTimeProvider(Now);
            var progress = new SimulatedProgress { StartChance = 1, FinishChance = 1, ArrivalChance = 1, Step = TimeSpan.FromSeconds(2) };
            using var letta = InProcess.ServerWith(1, new LettaSimulatorOptions { TimeProvider = time, Progress = progress });

            time.Advance(TimeSpan.FromSeconds(1.9));

            Assert.That(letta.Batches.Select(b => b.Status), Is.EqualTo(new[] { "running" }));
        }

        [Test]
        public void The_same_seed_and_clock_give_the_same_changes()
        {
            string[] Run()
            {
                var time = new FakeTimeProvider(Now);
                using var letta = new SimulatedLettaServer(new LettaSimulatorOptions { TimeProvider = time, SeedCount = 20, Progress = new SimulatedProgress { Seed = 5 } });
                for (var i = 0; i < 10; i++) time.Advance(TimeSpan.FromSeconds(1));
                // As text: a record compares its metadata (a JObject) by reference.
                return letta.Batches.Select(b => b.ToString()).ToArray();
            }

            var first = Run();

            Assert.That(Run(), Is.EqualTo(first));
            Assert.That(first.Length, Is.GreaterThan(20), "batches arrived");
        }

        [Test]
        public void A_step_must_be_more_than_zero()
        {
            Assert.That(() => new SimulatedProgress { Step = TimeSpan.Zero }, Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("Step must be more than zero"));
        }
    }
}
