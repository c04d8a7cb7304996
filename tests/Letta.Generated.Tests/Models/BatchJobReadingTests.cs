using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Letta.Generated.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Letta.Generated.Tests.Models
{
    /// <summary>How the batches of a page are read: every field, faithfully and tolerantly.</summary>
    [CancelAfter(30_000)]
    public class BatchJobReadingTests
    {
        private LoopbackServer _server = null!;

        [SetUp]
        public void StartServer() => _server = new LoopbackServer();

        [TearDown]
        public void StopServer() => _server.Dispose();

        private async Task<IReadOnlyList<BatchJob>> ReadPageAsync(string file)
        {
            _server.RespondJson(TestData.Read(file));
            using var client = _server.CreateClient();
            return (await client.ListBatchesAsync().WithinTest()).Result;
        }

        [Test]
        public async Task Reads_the_docs_example_field_by_field()
        {
            var batch = (await ReadPageAsync("docs-example-page.json")).Single();

            var time = new DateTimeOffset(2019, 12, 27, 18, 11, 19, 117, TimeSpan.Zero);
            Assert.That(batch.Id, Is.EqualTo("job-123e4567-e89b-12d3-a456-426614174000"));
            Assert.That(batch.AgentId, Is.EqualTo("agent_id"));
            Assert.That(batch.Background, Is.True);
            Assert.That(batch.CallbackError, Is.EqualTo("callback_error"));
            Assert.That(batch.CallbackSentAt, Is.EqualTo(time));
            Assert.That(batch.CallbackStatusCode, Is.EqualTo(0));
            Assert.That(batch.CallbackUrl, Is.EqualTo("callback_url"));
            Assert.That(batch.CompletedAt, Is.EqualTo(time));
            Assert.That(batch.CreatedAt, Is.EqualTo(time));
            Assert.That(batch.CreatedById, Is.EqualTo("created_by_id"));
            Assert.That(batch.JobType, Is.EqualTo(JobType.Job));
            Assert.That(batch.LastUpdatedById, Is.EqualTo("last_updated_by_id"));
            Assert.That(batch.Metadata, Is.EquivalentTo(new Dictionary<string, object?> { ["foo"] = "bar" }));
            Assert.That(batch.Status, Is.EqualTo(JobStatus.Created));
            Assert.That(batch.StopReason, Is.EqualTo(StopReasonType.EndTurn));
            Assert.That(batch.TotalDurationNs, Is.EqualTo(0));
            Assert.That(batch.TtftNs, Is.EqualTo(0));
            Assert.That(batch.UpdatedAt, Is.EqualTo(time));
        }

        [Test]
        public async Task Reads_durations_above_two_to_the_31_as_64_bit_with_TimeSpan_views()
        {
            var batch = (await ReadPageAsync("realistic-page.json"))[0];

            Assert.That(batch.TotalDurationNs, Is.EqualTo(3_500_000_000L));
            Assert.That(batch.TtftNs, Is.EqualTo(2_147_483_648L));
            Assert.That(batch.TotalDuration, Is.EqualTo(TimeSpan.FromSeconds(3.5)));
            Assert.That(batch.TimeToFirstToken, Is.EqualTo(TimeSpan.FromTicks(21_474_836)));
        }

        [Test]
        public async Task Reads_null_fields_as_null()
        {
            var page = await ReadPageAsync("realistic-page.json");

            Assert.That(page[0].AgentId, Is.Null);
            Assert.That(page[0].CompletedAt, Is.Null);
            Assert.That(page[1].Background, Is.Null);
            Assert.That(page[1].CallbackSentAt, Is.Null);
            Assert.That(page[3].TotalDurationNs, Is.Null);
            Assert.That(page[3].TotalDuration, Is.Null);
            Assert.That(page[4].UpdatedAt, Is.Null);
            Assert.That(page[5].Metadata, Is.Null);
        }

        [Test]
        public async Task Reads_a_missing_status_as_null_not_as_the_schema_default()
        {
            _server.RespondJson("[{\"id\":\"job-00000001\"}]");
            using var client = _server.CreateClient();

            var batch = (await client.ListBatchesAsync().WithinTest()).Result.Single();

            Assert.That(batch.Status, Is.Null);
            Assert.That(batch.JobType, Is.Null);
            Assert.That(batch.CreatedAt, Is.Null);
        }

        [Test]
        public async Task Reads_all_13_stop_reasons_and_keeps_one_no_version_has()
        {
            var reasons = (await ReadPageAsync("realistic-page.json")).Take(14).Select(b => b.StopReason!.Value).ToList();

            Assert.That(reasons.Take(13), Is.EqualTo(StopReasonType.KnownValues));
            Assert.That(reasons.Take(13).All(r => r.IsKnown), Is.True);
            Assert.That(reasons[13].IsKnown, Is.False);
            Assert.That(reasons[13].ToString(), Is.EqualTo("a_reason_no_version_has"));
            Assert.That(reasons[13], Is.EqualTo(new StopReasonType("a_reason_no_version_has")));
            Assert.That(reasons[11], Is.EqualTo(StopReasonType.RequiresApproval));
        }

        [Test]
        public async Task Unknown_status_and_job_type_never_fail_the_page_and_are_kept()
        {
            var unknown = (await ReadPageAsync("realistic-page.json")).Last();

            Assert.That(unknown.Status!.Value.Value, Is.EqualTo("paused"));
            Assert.That(unknown.JobType!.Value.Value, Is.EqualTo("webhook"));
            Assert.That(unknown.Status != JobStatus.Running, Is.True);
        }

        [Test]
        public async Task Reserializing_keeps_unknown_enum_values_metadata_and_unknown_fields_as_sent()
        {
            var page = await ReadPageAsync("realistic-page.json");

            var json = JArray.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(page, LettaJson.CreateSettings()));

            var original = JArray.Parse(TestData.Read("realistic-page.json"));
            Assert.That(json.Last!["status"]!.Value<string>(), Is.EqualTo("paused"));
            Assert.That(json[13]!["stop_reason"]!.Value<string>(), Is.EqualTo("a_reason_no_version_has"));
            Assert.That(JToken.DeepEquals(json[0]!["metadata"], original[0]!["metadata"]), Is.True, json[0]!["metadata"]!.ToString());
            Assert.That(json[0]!["user_id"]!.Value<string>(), Is.EqualTo("user-00000000-0000-4000-8000-000000000001"));
        }

        [Test]
        public async Task Keeps_metadata_verbatim_date_like_strings_numbers_nesting_and_dollar_keys()
        {
            var metadata = (await ReadPageAsync("realistic-page.json"))[0].Metadata!;

            Assert.That(metadata["job_type"], Is.EqualTo("batch_messages"));
            Assert.That(metadata["when"], Is.EqualTo("2025-01-02T03:04:05Z"));
            Assert.That(metadata["big"], Is.EqualTo(9007199254740993L));
            Assert.That(metadata["$type"], Is.EqualTo("kept"));
            var nested = (JObject)metadata["nested"]!;
            Assert.That(JToken.DeepEquals(nested, JObject.Parse("{\"n\":[1,2.5,\"x\",null,true]}")), Is.True);
        }

        [Test]
        public async Task Keeps_unknown_properties_readable()
        {
            var batch = (await ReadPageAsync("realistic-page.json"))[0];

            Assert.That(batch.AdditionalProperties["user_id"], Is.EqualTo("user-00000000-0000-4000-8000-000000000001"));
        }

        [Test]
        public async Task Reads_callback_url_None_as_the_literal_string()
        {
            var batch = (await ReadPageAsync("realistic-page.json"))[0];

            Assert.That(batch.CallbackUrl, Is.EqualTo("None"));
        }

        [Test]
        public void Serializing_a_batch_made_in_code_writes_its_set_fields_only_not_the_TimeSpan_views()
        {
            var batch = new BatchJob { Id = "job-1", TotalDurationNs = 5, TtftNs = 3 };

            var json = JObject.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(batch, LettaJson.CreateSettings()));

            Assert.That(json.Properties().Select(p => p.Name), Is.EquivalentTo(new[] { "id", "ttft_ns", "total_duration_ns" }));
        }
    }
}
