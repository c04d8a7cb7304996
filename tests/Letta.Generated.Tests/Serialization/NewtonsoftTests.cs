using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Letta.Generated.Tests.Support;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Letta.Generated.Tests.Serialization
{
    /// <summary>Newtonsoft reads and writes the models through their generated converters, with or without the library's settings.</summary>
    [CancelAfter(30_000)]
    public class NewtonsoftTests
    {
        [Test]
        public void JsonConvert_without_settings_round_trips_the_servers_json()
        {
            using var zone = new NonUtcTimeZone();
            var page = JsonConvert.DeserializeObject<List<BatchJob>>(TestData.Read("realistic-page.json"))!;

            Assert.That(page[0].CallbackSentAt, Is.EqualTo(new System.DateTimeOffset(2025, 1, 2, 3, 4, 5, 120, System.TimeSpan.Zero)), "offset-less is UTC even when the reader parsed dates");
            ServerJson.AssertSame(TestData.Read("realistic-page.json"), JsonConvert.SerializeObject(page));
        }

        [Test]
        public void JsonConvert_with_the_librarys_settings_round_trips_the_servers_json()
        {
            var settings = LettaJson.CreateSettings();

            var page = JsonConvert.DeserializeObject<List<BatchJob>>(TestData.Read("realistic-page.json"), settings)!;

            Assert.That(page[0].Metadata!["when"], Is.EqualTo("2025-01-02T03:04:05Z"), "date-looking metadata stays a string");
            ServerJson.AssertSame(TestData.Read("realistic-page.json"), JsonConvert.SerializeObject(page, settings));
        }

        [Test]
        public void A_batch_without_an_id_fails_to_deserialize_naming_id()
        {
            var error = Assert.Throws<JsonSerializationException>(() => JsonConvert.DeserializeObject<BatchJob>("{\"agent_id\":\"a\"}"));

            Assert.That(error!.Message, Does.StartWith("Required property 'id' not found"));
        }

        [Test]
        public async Task Metadata_read_by_many_threads_at_once_is_one_dictionary()
        {
            var batch = JsonConvert.DeserializeObject<List<BatchJob>>(TestData.Read("realistic-page.json"))!.First();
            var fromJson = System.Text.Json.JsonSerializer.Deserialize<BatchJob>(System.Text.Json.JsonSerializer.Serialize(batch))!;

            var seen = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => fromJson.Metadata!["nested"]))).WithinTest();

            Assert.That(seen.Distinct().Count(), Is.EqualTo(1), "every thread sees the same materialized value");
            Assert.That(JToken.DeepEquals((JToken)seen[0]!, JObject.Parse("{\"n\":[1,2.5,\"x\",null,true]}")), Is.True);
        }
    }
}
