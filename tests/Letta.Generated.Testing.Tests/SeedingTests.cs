using System;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Letta.Generated.Testing.Tests
{
    public class SeedingTests
    {
        [Test]
        public async Task Seeding_is_deterministic()
        {
            using var a = LettaSimulator.Start(new LettaSimulatorOptions { SeedCount = 50, Seed = 7 });
            using var b = LettaSimulator.Start(new LettaSimulatorOptions { SeedCount = 50, Seed = 7 });
            using var c = LettaSimulator.Start(new LettaSimulatorOptions { SeedCount = 50, Seed = 8 });

            var bodyA = (await Api.GetAsync(a, "limit=0")).Body;
            var bodyB = (await Api.GetAsync(b, "limit=0")).Body;
            var bodyC = (await Api.GetAsync(c, "limit=0")).Body;

            Assert.That(bodyA, Is.EqualTo(bodyB));
            Assert.That(bodyA, Is.Not.EqualTo(bodyC));
        }

        [Test]
        public void Seeded_batches_look_like_real_ones()
        {
            var batches = new SimulatedBatchFactory(seed: 42).Create(300);

            Assert.That(batches.Select(x => x.Id), Is.Unique);
            Assert.That(batches.Select(x => x.Id), Has.All.Match("^job-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
            Assert.That(batches.First().CreatedAt, Is.EqualTo(SimulatedBatchFactory.DefaultEpoch));
            Assert.That(batches.Zip(batches.Skip(1), (x, y) => y.CreatedAt > x.CreatedAt), Has.All.True, "strictly increasing without ties");
            Assert.That(batches.Select(x => x.UserId ?? "").Distinct().Single(), Does.StartWith("user-"));
            Assert.That(batches.Select(x => x.Status).Distinct(), Is.EquivalentTo(LettaValues.JobStatuses));
            Assert.That(batches.Count(x => x.Status is "created" or "running"), Is.GreaterThan(150));
            Assert.That(batches.Any(x => x.TotalDurationNs > int.MaxValue));
            Assert.That(batches.Any(x => x.CreatedAt.Ticks % TimeSpan.TicksPerSecond == 0 && x.CreatedAt != SimulatedBatchFactory.DefaultEpoch));
            Assert.That(batches.Any(x => x.CallbackUrl == "None") && batches.Any(x => x.CallbackUrl?.StartsWith("https://") == true));
            Assert.That(batches.Any(x => x.Metadata?["nested"] is JObject) && batches.Any(x => x.Metadata is null));
            Assert.That(batches.Any(x => x.CompletedAt is not null) && batches.Any(x => x.CallbackSentAt is not null));
            Assert.That(batches.Any(x => x.AgentId is null) && batches.Any(x => x.UpdatedAt is null) && batches.Any(x => x.Background is null));
            Assert.That(batches.Where(x => x.StopReason is not null).Select(x => x.StopReason).Distinct(), Is.SubsetOf(LettaValues.DocumentedStopReasons));
        }

        [Test]
        public void Ties_appear_only_when_allowed()
        {
            var tied = new SimulatedBatchFactory(seed: 1) { AllowTies = true }.Create(100);

            Assert.That(tied.GroupBy(x => x.CreatedAt).Any(g => g.Count() > 1));
            Assert.That(tied.Zip(tied.Skip(1), (x, y) => y.CreatedAt >= x.CreatedAt), Has.All.True);
        }

        [Test]
        public async Task New_stop_reasons_are_listed_when_asked_for()
        {
            using var letta = LettaSimulator.Start(new LettaSimulatorOptions { SeedCount = 20, IncludeNewStopReasons = true });

            var page = await Api.ListAsync(letta, "limit=0");

            var reasons = page.Select(b => (string?)b["stop_reason"]).ToList();
            Assert.That(reasons, Is.SupersetOf(LettaValues.NewerStopReasons));
        }

        [Test]
        public void Seeding_the_same_seed_twice_into_one_simulator_is_rejected()
        {
            using var letta = LettaSimulator.Start(new LettaSimulatorOptions { SeedCount = 5 });

            Assert.Throws<ArgumentException>(() => letta.Seed(5));
            Assert.That(letta.Seed(5, seed: 99), Has.Count.EqualTo(5));
            Assert.That(letta.Batches, Has.Count.EqualTo(10));
        }
    }
}
