using System;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Letta.Generated.Simulator.Tests.Support
{
    /// <summary>Requests against a <see cref="SimulatedLettaServer"/> through its in-process handler, and reading bodies.</summary>
    internal static class InProcess
    {
        public const string Path = "v1/messages/batches";

        public static readonly DateTimeOffset Epoch = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

        /// <summary>A batch with a readable id, created <paramref name="second"/> seconds after the epoch.</summary>
        public static SimulatedBatch Batch(int second, string status = "running") => new()
        {
            Id = $"job-{second:D3}",
            CreatedAt = Epoch.AddSeconds(second),
            Status = status,
        };

        /// <summary>A server holding job-000 .. job-(count-1), all listed, one second apart.</summary>
        public static SimulatedLettaServer ServerWith(int count, LettaSimulatorOptions? options = null)
        {
            var server = new SimulatedLettaServer(options);
            for (var i = 0; i < count; i++)
            {
                server.AddBatch(Batch(i));
            }

            return server;
        }

        /// <summary>Sends a GET and returns as soon as the headers are in, so the body can be read step by step.</summary>
        public static Task<HttpResponseMessage> HeadersAsync(HttpClient client, string query, CancellationToken cancellationToken) =>
            client.GetAsync(query.Length == 0 ? Path : Path + "?" + query, HttpCompletionOption.ResponseHeadersRead, cancellationToken);

        public static async Task<string> ReadToEndAsync(Stream body, CancellationToken cancellationToken)
        {
            using var reader = new StreamReader(body, Encoding.UTF8);
            return await reader.ReadToEndAsync(cancellationToken);
        }

        /// <summary>Parses JSON without Json.NET's date guessing, so timestamps stay the strings the server sent.</summary>
        public static JToken Parse(string json)
        {
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
            return JToken.ReadFrom(reader);
        }
    }
}
