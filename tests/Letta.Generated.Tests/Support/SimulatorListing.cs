using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Simulator;
using Letta.Generated.Testing;

namespace Letta.Generated.Tests.Support
{
    /// <summary>Helpers for pager tests against the simulator: clients, the expected order, collecting a listing.</summary>
    internal static class SimulatorListing
    {
        public static LettaClient CreateClient(LettaSimulator simulator, int maxRetries = 0) =>
            new LettaClient(new LettaClientOptions(_ => null) { BaseUrl = simulator.BaseUrl, ApiKey = simulator.ApiKey, MaxRetries = maxRetries });

        /// <summary>The ids the server lists (created or running), in the server's order for <paramref name="order"/>.</summary>
        public static List<string> ExpectedIds(IEnumerable<SimulatedBatch> batches, SortOrder order)
        {
            var listed = batches.Where(b => b.Status == "created" || b.Status == "running")
                .OrderBy(b => b.CreatedAt.UtcTicks).ThenBy(b => b.Id, StringComparer.Ordinal);
            var ids = listed.Select(b => b.Id).ToList();
            if (order == SortOrder.Desc) ids.Reverse();
            return ids;
        }

        public static async Task<List<string>> CollectIdsAsync(LettaPageable<BatchJob> pageable, CancellationToken cancellationToken = default)
        {
            var ids = new List<string>();
            await foreach (var batch in pageable.WithCancellation(cancellationToken))
            {
                ids.Add(batch.Id);
            }
            return ids;
        }

        public static async Task<List<T>> CollectAsync<T>(LettaPageable<T> pageable, CancellationToken cancellationToken = default)
        {
            var items = new List<T>();
            await foreach (var item in pageable.WithCancellation(cancellationToken))
            {
                items.Add(item);
            }

            return items;
        }

        /// <summary>A batch newer than every batch the simulator holds.</summary>
        public static SimulatedBatch NewerThanAll(LettaSimulator simulator, int serial)
        {
            var newest = simulator.Batches.Select(b => b.CreatedAt).DefaultIfEmpty(SimulatedBatchFactory.DefaultEpoch).Max();
            return new SimulatedBatch
            {
                Id = "job-ffff" + serial.ToString("x4") + "-0000-4000-8000-000000000000",
                CreatedAt = newest.AddMilliseconds(1),
                Status = "running",
            };
        }
    }
}
