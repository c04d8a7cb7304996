using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated;
using Letta.Generated.Simulator;

namespace AotConsumer
{
    /// <summary>
    /// Lists every batch of a seeded in-process simulator as typed <see cref="BatchJob"/>s, checks each against what the
    /// simulator holds, writes one back with System.Text.Json, and prints what it found.
    /// </summary>
    internal static class Program
    {
        private static async Task<int> Main()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            using var server = new SimulatedLettaServer();
            var seeded = server.SeedListed(250, includeNewStopReasons: true).ToDictionary(b => b.Id);
            using var http = server.CreateHttpClient();
            using var client = new LettaClient(http, new LettaClientOptions(_ => null) { BaseUrl = server.BaseUrl });

            var listed = new List<BatchJob>();
            await foreach (var batch in client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = 40 }, timeout.Token))
            {
                listed.Add(batch);
            }

            var mismatches = listed.Count(batch => !seeded.TryGetValue(batch.Id, out var expected)
                || batch.Status?.Value != expected.Status
                || batch.StopReason?.Value != expected.StopReason
                || batch.CreatedAt != expected.CreatedAt
                || batch.TotalDurationNs != expected.TotalDurationNs);
            var withMetadata = listed.Count(batch => batch.Metadata is { Count: > 0 });

            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                new BatchJob.SystemTextJsonConverter().Write(writer, listed[0], new JsonSerializerOptions());
            }
            var written = JsonDocument.Parse(buffer.ToArray()).RootElement;

            Console.WriteLine($"listed {listed.Count} typed batches, {listed.Select(b => b.Id).Distinct().Count()} distinct, {mismatches} differing from the simulator, {withMetadata} with metadata read");
            Console.WriteLine($"written back: id {(written.GetProperty("id").GetString() == listed[0].Id ? "matches" : "differs")}, status {written.GetProperty("status").GetString()}");
            return mismatches == 0 ? 0 : 1;
        }
    }
}
