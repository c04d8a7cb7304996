using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Letta.Generated.Testing.Tests
{
    /// <summary>A plain HttpClient call against the simulator, parsed without Json.NET's date guessing.</summary>
    internal static class Api
    {
        public const string Path = "v1/messages/batches";

        public static async Task<Reply> GetAsync(LettaSimulator simulator, string query = "", HttpClient? client = null, CancellationToken cancellationToken = default)
        {
            var own = client is null;
            client ??= simulator.CreateHttpClient();
            try
            {
                using var response = await client.GetAsync(query.Length == 0 ? Path : Path + "?" + query, Bound(cancellationToken));
                var body = await response.Content.ReadAsStringAsync(Bound(cancellationToken));
                return new Reply(response.StatusCode, body, response.Content.Headers.ContentType?.MediaType, response);
            }
            finally
            {
                if (own)
                {
                    client.Dispose();
                }
            }
        }

        public static async Task<JArray> ListAsync(LettaSimulator simulator, string query = "", CancellationToken cancellationToken = default)
        {
            var reply = await GetAsync(simulator, query, cancellationToken: cancellationToken);
            if (reply.Status != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"Expected 200, got {(int)reply.Status}: {reply.Body}");
            }

            return (JArray)Parse(reply.Body);
        }

        // Every call is bounded by the test's [CancelAfter] token unless the test passes its own.
        private static CancellationToken Bound(CancellationToken cancellationToken) =>
            cancellationToken.CanBeCanceled ? cancellationToken : TestContext.CurrentContext.CancellationToken;

        public static string[] Ids(JArray page) => page.Select(b => (string)b["id"]!).ToArray();

        public static JToken Parse(string json)
        {
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
            return JToken.ReadFrom(reader);
        }
    }

    /// <summary>What came back.</summary>
    internal sealed record Reply(HttpStatusCode Status, string Body, string? MediaType, HttpResponseMessage Response)
    {
        public JToken Json => Api.Parse(Body);

        public string? Header(string name) =>
            Response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;
    }
}
