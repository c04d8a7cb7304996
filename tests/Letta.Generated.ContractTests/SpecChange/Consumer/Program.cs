using System;
using System.Globalization;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using JsonSerializer = System.Text.Json.JsonSerializer;

namespace SpecChangeConsumer
{
    /// <summary>
    /// A user's program built against a client regenerated from a fragment that gained, written as upstream writes
    /// them: the query parameter <c>agent_id</c>, the BatchJob field <c>letta_generated_probe_count</c>, the stop reason
    /// <c>letta_generated_probe_stop</c> and the operation <c>retrieve_batch</c>. That it compiles is half the proof:
    /// every one of those names exists only if the change reached the generated client.
    /// <c>SpecChangeConsumer &lt;base-url&gt; &lt;agent-id&gt; &lt;batch-id&gt;</c> prints one line per batch it reads.
    /// </summary>
    internal static class Program
    {
        private static async Task<int> Main(string[] args)
        {
            if (args.Length != 3)
            {
                Console.Error.WriteLine("usage: SpecChangeConsumer <base-url> <agent-id> <batch-id>");
                return 2;
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            using var client = new LettaClient(new LettaClientOptions(_ => null) { BaseUrl = new Uri(args[0]), MaxRetries = 0 });

            var listed = await client.ListBatchesAsync(agentId: args[1], cancellationToken: timeout.Token).ConfigureAwait(false);
            foreach (var batch in listed.Result)
            {
                Print("list", listed.StatusCode, batch);
            }

            var retrieved = await client.RetrieveBatchAsync(args[2], timeout.Token).ConfigureAwait(false);
            Print("retrieve", retrieved.StatusCode, retrieved.Result);
            return 0;
        }

        private static void Print(string call, int status, BatchJob batch)
        {
            long? probeCount = batch.LettaGeneratedProbeCount;
            var isProbeStop = batch.StopReason == StopReasonType.LettaGeneratedProbeStop;
            // Both JSON stacks write the new field and the new stop reason with the code generated for them.
            var systemTextJson = JsonDocument.Parse(JsonSerializer.Serialize(batch)).RootElement;
            var newtonsoft = JObject.Parse(JsonConvert.SerializeObject(batch));
            Console.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "{0} {1}: id={2} letta_generated_probe_count={3} stop_reason={4} is_probe_stop={5} known={6} stj={7}/{8} newtonsoft={9}/{10}",
                call, status, batch.Id, probeCount?.ToString(CultureInfo.InvariantCulture) ?? "null",
                batch.StopReason?.Value ?? "null", isProbeStop, batch.StopReason?.IsKnown,
                systemTextJson.GetProperty("letta_generated_probe_count").GetRawText(), systemTextJson.GetProperty("stop_reason").GetString(),
                newtonsoft["letta_generated_probe_count"]!.ToString(Formatting.None), (string?)newtonsoft["stop_reason"]));
        }
    }
}
