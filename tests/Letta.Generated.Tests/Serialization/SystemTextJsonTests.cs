using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Letta.Generated.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Tests.Serialization
{
    /// <summary>System.Text.Json reads and writes the models as the server sends them, with no options to remember.</summary>
    [CancelAfter(30_000)]
    public class SystemTextJsonTests
    {
        private static readonly JsonSerializerOptions Defaults = new JsonSerializerOptions();
        private static readonly JsonSerializerOptions Web = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        private LoopbackServer _server = null!;

        [SetUp]
        public void StartServer() => _server = new LoopbackServer();

        [TearDown]
        public void StopServer() => _server.Dispose();

        private async Task<IReadOnlyList<BatchJob>> ListAsync(string json)
        {
            _server.RespondJson(json);
            using var client = _server.CreateClient();
            return (await client.ListBatchesAsync().WithinTest()).Result;
        }

        [TestCase("default options")]
        [TestCase("web defaults")]
        public async Task Serialize_writes_the_servers_json_field_names_raw_enums_metadata_unknown_fields_and_nulls(string options)
        {
            var page = await ListAsync(TestData.Read("realistic-page.json"));

            var json = JsonSerializer.Serialize(page, options == "web defaults" ? Web : Defaults);

            ServerJson.AssertSame(TestData.Read("realistic-page.json"), json);
        }

        [Test]
        public async Task Serialize_writes_metadata_byte_for_byte_as_sent_until_it_is_read()
        {
            var batch = (await ListAsync("[{\"id\":\"job-1\",\"metadata\":{\"price\": 1.10, \"big\":123456789012345678901234567890,\"when\":\"2025-01-02T03:04:05Z\"}}]")).Single();

            var json = JsonSerializer.Serialize(batch);

            Assert.That(json, Does.Contain("\"metadata\":{\"price\": 1.10, \"big\":123456789012345678901234567890,\"when\":\"2025-01-02T03:04:05Z\"}"));
        }

        [Test]
        public async Task Serialize_writes_metadata_that_was_read_and_changed_as_it_now_is()
        {
            var batch = (await ListAsync("[{\"id\":\"job-1\",\"metadata\":{\"tags\":[\"a\",\"b\"],\"nested\":{\"attempt\":[1,2.5,null,true]}}}]")).Single();
            batch.Metadata!["added"] = 7L;

            var json = JsonSerializer.Serialize(batch);

            ServerJson.AssertSame("{\"tags\":[\"a\",\"b\"],\"nested\":{\"attempt\":[1,2.5,null,true]},\"added\":7}", JsonDocument.Parse(json).RootElement.GetProperty("metadata").GetRawText());
        }

        [Test]
        public void Deserialize_reads_the_servers_json_as_the_listing_does()
        {
            using var zone = new NonUtcTimeZone();

            var page = JsonSerializer.Deserialize<List<BatchJob>>(TestData.Read("realistic-page.json"))!;

            Assert.That(page, Has.Count.EqualTo(15));
            var first = page[0];
            Assert.That(first.Id, Is.EqualTo("job-a0000000-0000-4000-8000-000000000000"));
            Assert.That(first.CallbackSentAt, Is.EqualTo(new DateTimeOffset(2025, 1, 2, 3, 4, 5, 120, TimeSpan.Zero)), "offset-less is UTC");
            Assert.That(first.CallbackSentAt!.Value.Offset, Is.EqualTo(TimeSpan.Zero));
            Assert.That(first.CreatedAt, Is.EqualTo(DateTimeOffset.Parse("2025-01-02T03:04:00.123456Z")));
            Assert.That(first.TtftNs, Is.EqualTo(2147483648L));
            Assert.That(first.TotalDurationNs, Is.EqualTo(3500000000L));
            Assert.That(first.Status, Is.EqualTo(JobStatus.Created));
            Assert.That(first.AdditionalProperties["user_id"], Is.EqualTo("user-00000000-0000-4000-8000-000000000001"));
            Assert.That(first.Metadata!["big"], Is.EqualTo(9007199254740993L));
            Assert.That(first.Metadata!["when"], Is.EqualTo("2025-01-02T03:04:05Z"));
            Assert.That(page[14].Status!.Value.Value, Is.EqualTo("paused"));
            Assert.That(page[14].Status!.Value.IsKnown, Is.False);
            Assert.That(page[13].StopReason!.Value.Value, Is.EqualTo("a_reason_no_version_has"));
        }

        [Test]
        public void Deserialize_then_serialize_gives_the_servers_json_back()
        {
            var page = JsonSerializer.Deserialize<List<BatchJob>>(TestData.Read("realistic-page.json"))!;

            ServerJson.AssertSame(TestData.Read("realistic-page.json"), JsonSerializer.Serialize(page));
        }

        [Test]
        public void Deserialize_of_a_batch_without_an_id_fails_naming_id()
        {
            var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<BatchJob>("{\"agent_id\":\"a\"}"));

            Assert.That(error!.Message, Does.Contain("Required property 'id' not found"));
        }

        [Test]
        public void Deserialize_of_a_malformed_field_fails_naming_the_field()
        {
            var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<BatchJob>("{\"id\":\"job-1\",\"ttft_ns\":\"fast\"}"));

            Assert.That(error!.Message, Does.StartWith("ttft_ns: is not a 64-bit integer"));
        }

        [Test]
        public void Deserialize_keeps_metadata_as_deep_as_the_options_allow()
        {
            var json = "{\"id\":\"job-1\",\"metadata\":{\"a\":" + new string('[', 200) + new string(']', 200) + "}}";

            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<BatchJob>(json), "System.Text.Json's default depth is 64");
            var batch = JsonSerializer.Deserialize<BatchJob>(json, new JsonSerializerOptions { MaxDepth = LettaJson.MaxDepth })!;
            Assert.That(batch.Metadata!["a"], Is.InstanceOf<Newtonsoft.Json.Linq.JArray>());
        }

        [Test]
        public void Open_enums_are_their_raw_strings_known_or_not()
        {
            Assert.That(JsonSerializer.Serialize(JobStatus.Running), Is.EqualTo("\"running\""));
            Assert.That(JsonSerializer.Serialize(new StopReasonType("brand_new")), Is.EqualTo("\"brand_new\""));
            Assert.That(JsonSerializer.Deserialize<StopReasonType>("\"max_steps\""), Is.EqualTo(StopReasonType.MaxSteps));
            Assert.That(JsonSerializer.Deserialize<JobStatus?>("null"), Is.Null);
            Assert.That(JsonSerializer.Deserialize<JobStatus>("\"later\"").Value, Is.EqualTo("later"));
        }

        [Test]
        public void A_validation_error_body_reads_and_writes_with_System_Text_Json()
        {
            const string body = "{\"detail\":[{\"loc\":[\"query\",\"limit\"],\"msg\":\"Input should be a valid integer\",\"type\":\"int_parsing\",\"input\":\"x\"}]}";

            var error = JsonSerializer.Deserialize<HttpValidationError>(body)!;

            ServerJson.AssertSame(body, JsonSerializer.Serialize(error));
            var validation = JsonSerializer.Deserialize<ValidationError>("{\"loc\":[\"query\",0],\"msg\":\"m\",\"type\":\"t\"}")!;
            Assert.That(validation.Loc, Is.EqualTo(new object[] { "query", 0L }));
        }
    }
}
