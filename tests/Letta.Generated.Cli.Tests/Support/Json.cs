using System;
using System.IO;
using Letta.Generated.Testing;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Letta.Generated.Cli.Tests.Support
{
    internal static class Json
    {
        /// <summary>Parses without Json.NET's date detection, so timestamps stay the strings the tool wrote.</summary>
        public static JToken Parse(string json)
        {
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
            return JToken.ReadFrom(reader);
        }

        /// <summary>Asserts that a written batch object carries the simulator's batch, field by field.</summary>
        public static void AssertSameBatch(JObject written, SimulatedBatch expected)
        {
            Assert.That((string?)written["id"], Is.EqualTo(expected.Id));
            Assert.That((string?)written["status"], Is.EqualTo(expected.Status), expected.Id);
            Assert.That((string?)written["stop_reason"], Is.EqualTo(expected.StopReason), expected.Id);
            Assert.That((string?)written["agent_id"], Is.EqualTo(expected.AgentId), expected.Id);
            Assert.That(DateTimeOffset.Parse((string)written["created_at"]!, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(expected.CreatedAt), expected.Id);
            Assert.That((long?)written["total_duration_ns"], Is.EqualTo(expected.TotalDurationNs), expected.Id);
            Assert.That((long?)written["ttft_ns"], Is.EqualTo(expected.TtftNs), expected.Id);
            Assert.That((string?)written["user_id"], Is.EqualTo(expected.UserId), "unknown fields pass through");
            Assert.That(JToken.DeepEquals(written["metadata"] ?? JValue.CreateNull(), (JToken?)expected.Metadata ?? JValue.CreateNull()), Is.True, "metadata of " + expected.Id);
        }
    }
}
