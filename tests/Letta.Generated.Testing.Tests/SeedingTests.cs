using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Simulator;
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
        [CancelAfter(10_000)]
        public async Task Seed_count_is_the_number_of_batches_listed(CancellationToken cancellationToken)
        {
            using var letta = LettaSimulator.Start(new LettaSimulatorOptions { SeedCount = 30 });

            var page = await Api.ListAsync(letta, "limit=0", cancellationToken);

            Assert.That(page, Has.Count.EqualTo(30));
            Assert.That(letta.Batches, Has.Count.EqualTo(30), "no unlisted batch unless asked for");
            Assert.That(page.Select(b => (string)b["status"]!), Is.All.AnyOf("created", "running"));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Unlisted_seed_count_adds_batches_the_server_does_not_list_but_knows_as_cursors(CancellationToken cancellationToken)
        {
            using var letta = LettaSimulator.Start(new LettaSimulatorOptions { SeedCount = 30, UnlistedSeedCount = 8 });
            var unlisted = letta.Batches.Where(b => b.Status is not ("created" or "running")).ToList();

            var listed = await Api.ListAsync(letta, "limit=0", cancellationToken);
            var afterUnlisted = await Api.GetAsync(letta, "order=asc&after=" + unlisted[0].Id, cancellationToken: cancellationToken);
            letta.Options.ListAllStatuses = true;
            var everything = await Api.ListAsync(letta, "limit=0", cancellationToken);

            Assert.That(letta.Batches, Has.Count.EqualTo(38));
            Assert.That(unlisted, Has.Count.EqualTo(8));
            Assert.That(unlisted.Select(b => b.Status), Is.All.AnyOf("completed", "failed", "cancelled", "expired", "pending"));
            Assert.That(listed, Has.Count.EqualTo(30));
            Assert.That(afterUnlisted.Status, Is.EqualTo(System.Net.HttpStatusCode.OK));
            Assert.That(everything, Has.Count.EqualTo(38));
        }

        [Test]
        public void Unlisted_batches_are_interleaved_in_time_with_listed_ones()
        {
            var batches = new SimulatedBatchFactory(seed: 3).CreateListed(20, 10);

            var statuses = batches.Select(b => b.Status is "created" or "running" ? 'L' : 'U').ToArray();
            Assert.That(statuses.Count(s => s == 'L'), Is.EqualTo(20));
            Assert.That(statuses.Count(s => s == 'U'), Is.EqualTo(10));
            Assert.That(new string(statuses), Does.Not.StartWith(new string('L', 20)), "not all listed first");
            Assert.That(batches.Zip(batches.Skip(1), (x, y) => y.CreatedAt > x.CreatedAt), Has.All.True, "oldest first");
        }

        [Test]
        public void Seed_method_stores_that_many_batches_of_drawn_statuses_and_seed_listed_that_many_listed()
        {
            using var letta = LettaSimulator.Start();

            var drawn = letta.Seed(30, seed: 1);
            var exact = letta.SeedListed(12, unlistedCount: 3, seed: 2);

            Assert.That(drawn, Has.Count.EqualTo(30));
            Assert.That(drawn.Count(b => b.Status is "created" or "running"), Is.LessThan(30), "Seed draws finished batches too");
            Assert.That(exact.Count(b => b.Status is "created" or "running"), Is.EqualTo(12));
            Assert.That(exact, Has.Count.EqualTo(15));
        }

        [Test]
        public void Negative_seed_counts_are_rejected()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => LettaSimulator.Start(new LettaSimulatorOptions { SeedCount = -1 }));
            Assert.Throws<ArgumentOutOfRangeException>(() => LettaSimulator.Start(new LettaSimulatorOptions { UnlistedSeedCount = -1 }));
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
