using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Letta.Generated.Testing;
using Letta.Generated.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Tests.Errors
{
    /// <summary>Every kind of failure the client can raise, scanned for the API key.</summary>
    public class SecretScanTests
    {
        private const string Key = "sk-let-SCAN-ME-9f8e7d6c5b4a";

        [Test]
        public async Task No_exception_message_or_ToString_ever_contains_the_api_key()
        {
            using var simulator = LettaSimulator.Start(new LettaSimulatorOptions { SeedCount = 12, ListAllStatuses = true, ApiKey = Key });
            var time = new ManualTimeProvider { AutoFireBelow = TimeSpan.FromHours(1) };
            LettaClient Client(string? key = Key, Uri? baseUrl = null) => new LettaClient(new LettaClientOptions(_ => null)
            {
                BaseUrl = baseUrl ?? simulator.BaseUrl, ApiKey = key, TimeProvider = time, NetworkTimeout = TimeSpan.FromMinutes(1),
            });
            var echo = "{\"detail\":\"Bearer " + Key + "\"}";
            var scenarios = new List<(string Name, Func<Task> Act)>
            {
                ("401 wrong key", async () => { using var c = Client("sk-wrong-" + Key); await c.ListBatchesAsync(); }),
                ("422 echo", async () => { simulator.Faults.Enqueue(SimulatedFault.Status(422, echo)); using var c = Client(); await c.ListBatchesAsync(); }),
                ("500 echo", async () => { simulator.Faults.EnqueueRepeated(SimulatedFault.Status(500, echo), 3); using var c = Client(); await c.ListBatchesAsync(); }),
                ("429 echo", async () => { simulator.Faults.EnqueueRepeated(SimulatedFault.Status(429, echo).WithHeader("x-echo", Key), 3); using var c = Client(); await c.ListBatchesAsync(); }),
                ("malformed 200", async () => { simulator.Faults.Enqueue(SimulatedFault.Status(200, "[{\"id\":\"" + Key)); using var c = Client(); await c.ListBatchesAsync(); }),
                ("unknown cursor", async () => { using var c = Client(); await c.ListBatchesAsync(new ListBatchesRequest { After = "job-" + Key }); }),
                ("pagination", async () =>
                {
                    simulator.Options.PagingQuirk = PagingQuirk.IgnoreCursors;
                    try { using var c = Client(); await SimulatorListing.CollectIdsAsync(c.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = 5 })); }
                    finally { simulator.Options.PagingQuirk = PagingQuirk.None; }
                }),
                ("refused", async () => { using var c = Client(baseUrl: new Uri("http://127.0.0.1:1/")); await c.ListBatchesAsync(); }),
            };

            foreach (var (name, act) in scenarios)
            {
                var error = await Assert.CatchAsync<LettaException>(() => act(), name);

                Assert.That(error!.Message, Does.Not.Contain(Key), name);
                Assert.That(error.ToString(), Does.Not.Contain(Key), name);
                if (error is LettaApiException api) Assert.That(api.ResponseBody + string.Join(",", api.Headers.SelectMany(h => h.Value)), Does.Not.Contain(Key), name);
            }
        }
    }
}
