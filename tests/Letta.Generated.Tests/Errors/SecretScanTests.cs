using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Letta.Generated.Simulator;
using Letta.Generated.Testing;
using Letta.Generated.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Tests.Errors
{
    /// <summary>Every kind of failure the client can raise, scanned for the configured secrets: one test case each.</summary>
    [CancelAfter(30_000)]
    public class SecretScanTests
    {
        private const string Key = "sk-let-SCAN-ME-9f8e7d6c5b4a";
        private const string HeaderSecret = "cookie-SCAN-ME-1234567890";
        private LettaSimulator _simulator = null!;

        public static IEnumerable<TestCaseData> Failures()
        {
            var echo = "{\"detail\":\"Bearer " + Key + " and " + HeaderSecret + "\"}";
            yield return Case("a 401 for a wrong key", s => Client(s, "sk-wrong-" + Key).ListBatchesAsync());
            yield return Case("a 422 that echoes the secrets", s => { s.Faults.Enqueue(SimulatedFault.Status(422, echo)); return Client(s).ListBatchesAsync(); });
            yield return Case("a 500 that echoes the secrets", s => { s.Faults.Enqueue(SimulatedFault.Status(500, echo)); return Client(s).ListBatchesAsync(); });
            yield return Case("a 429 that echoes them in a header", s => { s.Faults.Enqueue(SimulatedFault.Status(429, echo).WithHeader("x-echo", Key + HeaderSecret)); return Client(s).ListBatchesAsync(); });
            yield return Case("a malformed 200 holding the key", s => { s.Faults.Enqueue(SimulatedFault.Status(200, "[{\"id\":\"" + Key)); return Client(s).ListBatchesAsync(); });
            yield return Case("an unknown cursor holding the key", s => Client(s).ListBatchesAsync(after: "job-" + Key));
            yield return Case("a refused connection", s => Client(s, baseUrl: new Uri("http://127.0.0.1:1/")).ListBatchesAsync());
            yield return Case("a server that ignores cursors", s =>
            {
                s.Options.PagingQuirk = PagingQuirk.IgnoreCursors;
                return SimulatorListing.CollectIdsAsync(Client(s).ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = 5 }));
            });
        }

        [SetUp]
        public void Start() => _simulator = LettaSimulator.Start(new LettaSimulatorOptions { SeedCount = 12, ListAllStatuses = true, ApiKey = Key });

        [TearDown]
        public void Stop() => _simulator.Dispose();

        [TestCaseSource(nameof(Failures))]
        public async Task No_exception_text_contains_the_key_or_a_configured_header_value(Func<LettaSimulator, Task> fail)
        {
            var error = await Assert.CatchAsync<LettaException>(() => fail(_simulator).WithinTest());

            Assert.That(error!.Message, Does.Not.Contain(Key).And.Not.Contain(HeaderSecret));
            Assert.That(error.ToString(), Does.Not.Contain(Key).And.Not.Contain(HeaderSecret));
            if (error is LettaApiException api)
            {
                var everything = api.ResponseBody + string.Join(",", api.Headers.SelectMany(h => h.Value)) + api.Detail;
                Assert.That(everything, Does.Not.Contain(Key).And.Not.Contain(HeaderSecret));
            }
        }

        private static TestCaseData Case(string name, Func<LettaSimulator, Task> fail) => new TestCaseData(fail).SetArgDisplayNames(name);

        private static LettaClient Client(LettaSimulator simulator, string? key = Key, Uri? baseUrl = null)
        {
            var options = new LettaClientOptions(_ => null) { BaseUrl = baseUrl ?? simulator.BaseUrl, ApiKey = key, MaxRetries = 0 };
            options.DefaultHeaders["Cookie"] = HeaderSecret;
            return new LettaClient(options);
        }
    }
}
