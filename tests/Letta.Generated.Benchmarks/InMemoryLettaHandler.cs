using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Simulator;
using Letta.Generated.Simulator.Internal;

namespace Letta.Generated.Benchmarks
{
    /// <summary>
    /// Serves <c>GET /v1/messages/batches</c> from memory with the open-source server's rules (and the
    /// simulator's <c>ListAllStatuses</c>): chronological cursors (<c>before</c> = older, <c>after</c> =
    /// newer, whatever the order), <c>desc</c> by default, <c>limit</c> 100 by default and 0 for all.
    /// Bodies are the simulator's exact JSON (<see cref="BatchJsonWriter"/>), written once per distinct
    /// page and then served as bytes, so a benchmark measures the client, not the server. Counts requests.
    /// </summary>
    internal sealed class InMemoryLettaHandler : HttpMessageHandler
    {
        private readonly IReadOnlyList<SimulatedBatch> _oldestFirst;
        private readonly Dictionary<string, int> _indexById;
        private readonly ConcurrentDictionary<(int Start, int Count, bool Ascending), byte[]> _pages = new();
        private int _requests;

        public InMemoryLettaHandler(int batchCount, int seed = 42)
        {
            // The simulator's own store, so timestamps are normalized and sorted exactly as it does.
            var store = new BatchStore();
            store.Add(new SimulatedBatchFactory(seed).Create(batchCount));
            _oldestFirst = store.SnapshotOldestFirst();
            _indexById = new Dictionary<string, int>(_oldestFirst.Count, StringComparer.Ordinal);
            for (var i = 0; i < _oldestFirst.Count; i++) _indexById.Add(_oldestFirst[i].Id, i);
        }

        public int BatchCount => _oldestFirst.Count;

        public int RequestCount => Volatile.Read(ref _requests);

        public void ResetRequestCount() => Interlocked.Exchange(ref _requests, 0);

        /// <summary>The body of the page holding batches [start, start + count) of the oldest-first order.</summary>
        public byte[] PageBytes(int start, int count, bool ascending) =>
            _pages.GetOrAdd((start, count, ascending), key =>
            {
                var slice = _oldestFirst.Skip(key.Start).Take(key.Count);
                if (!key.Ascending) slice = slice.Reverse();
                return Encoding.UTF8.GetBytes(BatchJsonWriter.WriteArray(slice.ToList(), offsetlessCreatedAndUpdatedAt: false));
            });

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _requests);
            cancellationToken.ThrowIfCancellationRequested();
            var uri = request.RequestUri!;
            if (uri.AbsolutePath != "/v1/messages/batches") return Task.FromResult(Error(request, 404, "Not Found"));

            string? before = null, after = null;
            var limit = 100L;
            var ascending = false;
            foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = pair.IndexOf('=');
                var name = Uri.UnescapeDataString(eq < 0 ? pair : pair.Substring(0, eq));
                var value = eq < 0 ? string.Empty : Uri.UnescapeDataString(pair.Substring(eq + 1));
                switch (name)
                {
                    case "before": before = value; break;
                    case "after": after = value; break;
                    case "limit": limit = long.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                    case "order": ascending = value == "asc"; break;
                }
            }

            // Window of the oldest-first list: [low, high).
            var low = 0;
            var high = _oldestFirst.Count;
            if (after is not null)
            {
                if (!_indexById.TryGetValue(after, out var a)) return Task.FromResult(Error(request, 400, "Job with id " + after + " not found"));
                low = a + 1;
            }
            if (before is not null)
            {
                if (!_indexById.TryGetValue(before, out var b)) return Task.FromResult(Error(request, 400, "Job with id " + before + " not found"));
                high = b;
            }
            if (high < low) return Task.FromResult(Error(request, 400, "Invalid pagination window"));

            var available = high - low;
            var take = limit == 0 || limit >= available ? available : (int)limit;
            var start = ascending ? low : high - take;
            var content = new ByteArrayContent(PageBytes(start, take, ascending));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }

        private static HttpResponseMessage Error(HttpRequestMessage request, int status, string detail)
        {
            var content = new StringContent(Newtonsoft.Json.JsonConvert.SerializeObject(new { detail }), Encoding.UTF8, "application/json");
            return new HttpResponseMessage((HttpStatusCode)status) { Content = content, RequestMessage = request };
        }
    }
}
