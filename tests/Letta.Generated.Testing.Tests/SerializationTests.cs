using System;
using System.Linq;
using System.Threading.Tasks;
using Letta.Generated.Simulator;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Letta.Generated.Testing.Tests
{
    [CancelAfter(30_000)]
    public class SerializationTests
    {
        private static readonly string[] AllFields =
        {
            "created_by_id", "last_updated_by_id", "created_at", "updated_at", "status", "completed_at", "stop_reason",
            "metadata", "job_type", "background", "agent_id", "callback_url", "callback_sent_at", "callback_status_code",
            "callback_error", "ttft_ns", "total_duration_ns", "id", "user_id",
        };

        [Test]
        public async Task Every_field_is_present_and_null_when_unset()
        {
            using var letta = LettaSimulator.Start();
            letta.AddBatch(new SimulatedBatch
            {
                Id = "job-bare",
                CreatedAt = Batches.Epoch,
                JobType = null,
                CallbackUrl = null,
                Status = "created",
            });

            var batch = (JObject)(await Api.ListAsync(letta))[0];

            Assert.That(batch.Properties().Select(p => p.Name), Is.EqualTo(AllFields));
            var expectedNonNull = new[] { "created_at", "status", "id" };
            foreach (var name in AllFields.Except(expectedNonNull))
            {
                Assert.That(batch[name]!.Type, Is.EqualTo(JTokenType.Null), name);
            }
        }

        [Test]
        public async Task Created_and_updated_at_use_python_isoformat_with_z()
        {
            using var letta = LettaSimulator.Start();
            letta.AddBatch(new SimulatedBatch
            {
                Id = "job-1",
                CreatedAt = Batches.Epoch.AddTicks(1_234_567), // 0.1234567 s: the 7th digit is dropped
                UpdatedAt = new DateTimeOffset(2025, 1, 2, 4, 4, 5, TimeSpan.FromHours(1)),
            });

            var batch = (await Api.ListAsync(letta))[0];

            Assert.That((string?)batch["created_at"], Is.EqualTo("2025-01-02T03:04:05.123456Z"));
            Assert.That((string?)batch["updated_at"], Is.EqualTo("2025-01-02T03:04:05Z"), "converted to UTC, fraction left out when zero");
        }

        [Test]
        public async Task Offsetless_timestamps_for_completed_at_and_callback_sent_at()
        {
            using var letta = LettaSimulator.Start();
            letta.AddBatch(new SimulatedBatch
            {
                Id = "job-1",
                CreatedAt = Batches.Epoch,
                CompletedAt = Batches.Epoch.AddMilliseconds(120),
                CallbackSentAt = Batches.Epoch.AddSeconds(2),
            });

            var batch = (await Api.ListAsync(letta))[0];

            Assert.That((string?)batch["completed_at"], Is.EqualTo("2025-01-02T03:04:05.120000"));
            Assert.That((string?)batch["callback_sent_at"], Is.EqualTo("2025-01-02T03:04:07"));
        }

        [Test]
        public async Task Sqlite_option_sends_created_at_without_offset()
        {
            using var letta = LettaSimulator.Start(new LettaSimulatorOptions { OffsetlessCreatedAndUpdatedAt = true });
            letta.AddBatch(Batches.Make(0));

            var batch = (await Api.ListAsync(letta))[0];

            Assert.That((string?)batch["created_at"], Is.EqualTo("2025-01-02T03:04:05"));
        }

        [Test]
        public async Task Large_durations_are_sent_as_64_bit_integers()
        {
            using var letta = LettaSimulator.Start();
            letta.AddBatch(Batches.Make(0) with { TotalDurationNs = 3_500_000_000, TtftNs = long.MaxValue });

            var reply = await Api.GetAsync(letta);

            Assert.That(reply.Body, Does.Contain("\"total_duration_ns\":3500000000"));
            Assert.That(reply.Body, Does.Contain("\"ttft_ns\":9223372036854775807"));
        }

        [Test]
        public async Task Metadata_comes_back_verbatim_with_date_looking_strings_untouched()
        {
            const string metadata = "{\"job_type\":\"batch_messages\",\"when\":\"2025-01-02T03:04:05.100+02:00\",\"nested\":{\"list\":[1,\"two\",null]},\"é\":\"ü\"}";
            using var letta = LettaSimulator.Start();
            letta.AddBatch(Batches.Make(0) with { Metadata = SimulatedBatch.ParseMetadata(metadata) });

            var reply = await Api.GetAsync(letta);

            Assert.That(reply.Body, Does.Contain("\"metadata\":" + metadata));
        }

        [Test]
        public async Task Unknown_enum_values_and_none_callback_url_pass_through()
        {
            using var letta = LettaSimulator.Start();
            letta.AddBatch(Batches.Make(0) with { StopReason = "brand_new_reason", JobType = "batch", CallbackUrl = "None" });

            var batch = (await Api.ListAsync(letta))[0];

            Assert.That((string?)batch["stop_reason"], Is.EqualTo("brand_new_reason"));
            Assert.That((string?)batch["callback_url"], Is.EqualTo("None"));
            Assert.That((string?)batch["job_type"], Is.EqualTo("batch"));
        }
    }
}
