using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using Letta.Generated.Simulator;

namespace Letta.Generated.Cli.Tests.Support
{
    /// <summary>
    /// A simulated server whose batches change between listings as a test scripts it: before listing k (the k-th
    /// request without a cursor) the k-th step runs. It also keeps, for every listing, each batch's JSON exactly as
    /// the server sent it, so a test can compare a tool's output with the server's own bytes.
    /// </summary>
    internal sealed class ScriptedServer : IDisposable
    {
        public static readonly DateTimeOffset Epoch = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

        private readonly IReadOnlyList<Action<SimulatedLettaServer>> _steps;
        private readonly HttpClient _reader;
        private readonly List<Dictionary<string, string>> _listings = new();
        private bool _reading;

        /// <param name="steps">Step k runs before listing k+1 (step 0 before the first listing); beyond them nothing changes.</param>
        /// <param name="onListing">Called with the listing's number (1-based) after its step, such as to stop the tool.</param>
        /// <param name="faultAt">The fault listing k (1-based) answers with, or null; queued after its bytes were read.</param>
        public ScriptedServer(IReadOnlyList<Action<SimulatedLettaServer>> steps, Action<int>? onListing = null, Func<int, SimulatedFault?>? faultAt = null)
        {
            _steps = steps;
            Server = new SimulatedLettaServer();
            _reader = Server.CreateHttpClient();
            Server.OnRequest(request =>
            {
                if (_reading || request.Query.ContainsKey("before") || request.Query.ContainsKey("after")) return;
                var listing = _listings.Count + 1;
                if (listing <= _steps.Count) _steps[listing - 1](Server);
                _listings.Add(ReadListing());
                if (faultAt?.Invoke(listing) is { } fault) Server.Faults.Enqueue(fault);
                onListing?.Invoke(listing);
            });
        }

        public SimulatedLettaServer Server { get; }

        /// <summary>How many listings have started.</summary>
        public int Listings => _listings.Count;

        /// <summary>A batch with a readable id, created <paramref name="second"/> seconds after the epoch.</summary>
        public static SimulatedBatch Batch(string id, int second, string status = "running") =>
            new() { Id = id, CreatedAt = Epoch.AddSeconds(second), Status = status, AgentId = "agent-" + id };

        /// <summary>The batch's JSON exactly as the server sent it in listing <paramref name="listing"/> (1-based).</summary>
        public string Json(int listing, string id) => _listings[listing - 1][id];

        public void Dispose()
        {
            _reader.Dispose();
            Server.Dispose();
        }

        // The whole listing as the server renders it now, split into objects with their raw text (the server's bytes).
        private Dictionary<string, string> ReadListing()
        {
            _reading = true;
            try
            {
                var body = _reader.GetStringAsync("v1/messages/batches?limit=0").GetAwaiter().GetResult();
                using var document = JsonDocument.Parse(body);
                var byId = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var batch in document.RootElement.EnumerateArray()) byId[batch.GetProperty("id").GetString()!] = batch.GetRawText();
                return byId;
            }
            finally
            {
                _reading = false;
            }
        }
    }
}
