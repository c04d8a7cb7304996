using System;
using System.Linq;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Letta.Generated.Tests.Support
{
    /// <summary>A WireMock server on loopback with helpers to answer List Batches and read what was sent.</summary>
    internal sealed class LoopbackServer : IDisposable
    {
        public const string BatchesPath = "/v1/messages/batches";

        public LoopbackServer()
        {
            Server = WireMockServer.Start();
        }

        public WireMockServer Server { get; }

        public Uri BaseUrl => new Uri(Server.Url! + "/");

        public void RespondJson(string body, int status = 200, string path = BatchesPath, params (string Name, string Value)[] headers)
        {
            var response = Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);
            foreach (var (name, value) in headers) response = response.WithHeader(name, value);
            Server.Given(Request.Create().WithPath(path).UsingGet()).RespondWith(response);
        }

        public void Respond(int status, string body, string contentType, params (string Name, string Value)[] headers)
        {
            var response = Response.Create().WithStatusCode(status).WithHeader("Content-Type", contentType).WithBody(body);
            foreach (var (name, value) in headers) response = response.WithHeader(name, value);
            Server.Given(Request.Create().WithPath(BatchesPath).UsingGet()).RespondWith(response);
        }

        /// <summary>Answers every request that carries a cursor with an empty page: a listing's last request.</summary>
        public void RespondEmptyToCursors()
        {
            foreach (var cursor in new[] { "after", "before" })
            {
                Server.Given(Request.Create().WithPath(BatchesPath).WithParam(cursor).UsingGet()).AtPriority(-10)
                    .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("[]"));
            }
        }

        public WireMock.IRequestMessage SingleRequest() => Server.LogEntries.Single().RequestMessage!;

        public LettaClient CreateClient(string? apiKey = null, Action<LettaClientOptions>? configure = null)
        {
            var options = new LettaClientOptions(_ => null) { BaseUrl = BaseUrl, ApiKey = apiKey, MaxRetries = 0 };
            configure?.Invoke(options);
            return new LettaClient(options);
        }

        public void Dispose() => Server.Stop();
    }
}
