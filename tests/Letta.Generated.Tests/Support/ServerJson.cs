using System;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Letta.Generated.Tests.Support
{
    /// <summary>Compares JSON a serializer wrote with the JSON the server sent: the same objects, keys and values; timestamps as the same instant.</summary>
    internal static class ServerJson
    {
        public static JToken Parse(string json)
        {
            using var reader = new JsonTextReader(new System.IO.StringReader(json)) { DateParseHandling = DateParseHandling.None, MaxDepth = 512 };
            return JToken.ReadFrom(reader);
        }

        public static void AssertSame(string expected, string actual) => AssertSame(Parse(expected), Parse(actual), "$");

        private static void AssertSame(JToken expected, JToken actual, string path)
        {
            if (expected is JObject expectedObject)
            {
                Assert.That(actual, Is.InstanceOf<JObject>(), path);
                var actualObject = (JObject)actual;
                Assert.That(actualObject.Properties().Select(p => p.Name), Is.EquivalentTo(expectedObject.Properties().Select(p => p.Name)), path);
                foreach (var property in expectedObject.Properties())
                {
                    var key = property.Name;
                    if (key.EndsWith("_at", StringComparison.Ordinal) && property.Value.Type == JTokenType.String && !path.Contains(".metadata", StringComparison.Ordinal))
                    {
                        Assert.That(Instant(actualObject[key]!), Is.EqualTo(Instant(property.Value)), path + "." + key);
                    }
                    else
                    {
                        AssertSame(property.Value, actualObject[key]!, path + "." + key);
                    }
                }
            }
            else if (expected is JArray expectedArray)
            {
                Assert.That(actual, Is.InstanceOf<JArray>(), path);
                Assert.That(((JArray)actual).Count, Is.EqualTo(expectedArray.Count), path);
                for (var i = 0; i < expectedArray.Count; i++) AssertSame(expectedArray[i], actual[i]!, path + "[" + i + "]");
            }
            else
            {
                Assert.That(JToken.DeepEquals(expected, actual), Is.True, path + ": expected " + expected.ToString(Formatting.None) + " but was " + actual.ToString(Formatting.None));
            }
        }

        private static DateTimeOffset Instant(JToken token) =>
            DateTimeOffset.Parse((string)token!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
    }
}
