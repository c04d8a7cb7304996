using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Letta.Generated.Simulator;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Letta.Generated.Cli.Tests.Support
{
    internal static class Json
    {
        /// <summary>Parses without Json.NET's date detection, so timestamps stay the strings that were written.</summary>
        public static JToken Parse(string json)
        {
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
            return JToken.ReadFrom(reader);
        }

        /// <summary>
        /// The server's own answer for every listed batch, fetched directly (limit=0), one object per batch. Compared
        /// with <see cref="JToken.DeepEquals(JToken, JToken)"/>, which tells a missing key from a null one.
        /// </summary>
        public static async Task<IReadOnlyList<JObject>> ServerBatchesAsync(SimulatedLettaServer server, string order = "desc")
        {
            using var http = server.CreateHttpClient();
            var body = await http.GetStringAsync("v1/messages/batches?limit=0&order=" + order);
            server.ClearRequests();
            return ((JArray)Parse(body)).Cast<JObject>().ToList();
        }

        public static string Id(JToken batch) => (string)batch["id"]!;
    }
}
