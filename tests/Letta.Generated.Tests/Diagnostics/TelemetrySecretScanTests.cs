using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Letta.Generated.Simulator;
using Letta.Generated.Testing;
using Letta.Generated.Tests.Support;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using NUnit.Framework;

namespace Letta.Generated.Tests.Diagnostics
{
    /// <summary>
    /// Everything the client reports (every log event with its structured values, every span of
    /// <see cref="LettaDiagnostics.ActivitySourceName"/> with its attributes, events and status, every metric tag) while
    /// it retries, gives up and fails in each way, scanned for the key and a configured header's value: one case each.
    /// </summary>
    [CancelAfter(30_000)]
    public class TelemetrySecretScanTests
    {
        private const string Key = "sk-let-SCAN-ME-9f8e7d6c5b4a";
        private const string HeaderSecret = "cookie-SCAN-ME-1234567890";
        private static readonly string[] Instruments =
        {
            "letta.client.request.count", "letta.client.retry.count", "letta.client.retry.delay",
            "letta.client.page.count", "letta.client.item.count", "letta.client.page.duration",
        };

        private LettaSimulator _simulator = null!;

        public static IEnumerable<TestCaseData> Scenarios()
        {
            var echo = "{\"detail\":\"Bearer " + Key + " and " + HeaderSecret + "\"}";
            yield return Case("a 429 retried, then given up, echoing the secrets in its body and a header", (s, c) =>
            {
                s.Faults.Enqueue(SimulatedFault.Status(429, echo).WithHeader("x-echo", Key + HeaderSecret).WithRetryAfterMilliseconds(0).AsSticky());
                return c(Key, null).ListBatchesAsync();
            });
            yield return Case("a page that fails with a 500 echoing the secrets", (s, c) =>
            {
                s.Faults.Enqueue(SimulatedFault.Status(500, echo).AsSticky());
                return SimulatorListing.CollectIdsAsync(c(Key, null).ListAllBatchesAsync());
            });
            yield return Case("a 401 for a wrong key", (s, c) => SimulatorListing.CollectIdsAsync(c("sk-wrong-" + Key, null).ListAllBatchesAsync()));
            yield return Case("an unknown cursor holding the key", (s, c) => c(Key, null).ListBatchesAsync(after: "job-" + Key));
            yield return Case("a resumed listing whose cursor, holding the secrets, the server no longer knows", async (s, c) =>
            {
                s.Clear();
                AddBatchesNamedAfterTheSecrets(s);
                var client = c(Key, null);
                string? token = null;
                await foreach (var page in client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = 2 }).AsPages())
                {
                    token = page.ContinuationToken;
                    break;
                }

                s.RemoveBatch(s.Batches.OrderBy(b => b.CreatedAt).ElementAt(4).Id);
                await SimulatorListing.CollectIdsAsync(client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = 2, ContinuationToken = token }));
            });
            yield return Case("a refused connection, retried", (s, c) => c(Key, new Uri("http://127.0.0.1:1/")).ListBatchesAsync());
            yield return Case("a server that ignores cursors, listing batches whose ids hold the secrets", (s, c) =>
            {
                s.Clear();
                AddBatchesNamedAfterTheSecrets(s);
                s.Options.PagingQuirk = PagingQuirk.IgnoreCursors;
                return SimulatorListing.CollectIdsAsync(c(Key, null).ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = 2 }));
            });
        }

        [SetUp]
        public void Start() => _simulator = LettaSimulator.Start(new LettaSimulatorOptions { SeedCount = 5, ApiKey = Key });

        [TearDown]
        public void Stop() => _simulator.Dispose();

        [TestCaseSource(nameof(Scenarios))]
        public async Task Nothing_the_client_reports_contains_the_key_or_a_configured_header_value(Func<LettaSimulator, Func<string, Uri?, LettaClient>, Task> scenario)
        {
            using var telemetry = new TelemetryCapture();
            var collectors = Instruments.Select(name => name.EndsWith(".delay", StringComparison.Ordinal) || name.EndsWith(".duration", StringComparison.Ordinal)
                ? (Func<IEnumerable<IReadOnlyDictionary<string, object?>>>)Tags(telemetry.Collect<double>(name))
                : Tags(telemetry.Collect<long>(name))).ToList();
            var clients = new List<LettaClient>();
            LettaClient Client(string key, Uri? baseUrl)
            {
                var options = telemetry.Configure(new LettaClientOptions(_ => null) { BaseUrl = baseUrl ?? _simulator.BaseUrl, ApiKey = key, MaxRetries = 1 });
                options.DefaultHeaders["Cookie"] = HeaderSecret;
                var client = new LettaClient(options);
                clients.Add(client);
                return client;
            }

            await Assert.CatchAsync<LettaException>(() => scenario(_simulator, Client).WithinTest());
            clients.ForEach(c => c.Dispose());

            var reported = new List<string>();
            foreach (var record in telemetry.Logs.GetSnapshot())
            {
                reported.Add(record.Message);
                reported.AddRange(record.StructuredState?.Select(s => s.Value ?? string.Empty) ?? Array.Empty<string>());
                if (record.Exception is not null) reported.Add(record.Exception.ToString());
            }

            foreach (var span in telemetry.SpansOf(LettaDiagnostics.ActivitySourceName))
            {
                reported.Add(span.DisplayName);
                reported.Add(span.StatusDescription ?? string.Empty);
                reported.AddRange(span.TagObjects.Select(t => Convert.ToString(t.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty));
                reported.AddRange(span.Events.SelectMany(e => e.Tags).Select(t => Convert.ToString(t.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty));
            }

            reported.AddRange(collectors.SelectMany(c => c()).SelectMany(tags => tags.Values).Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty));

            Assert.That(reported, Is.Not.Empty, "something was reported");
            Assert.That(reported, Has.None.Contains(Key).And.None.Contains(HeaderSecret));
        }

        /// <summary>job-0-… (oldest) to job-5-…, each id holding the key and the header's value.</summary>
        private static void AddBatchesNamedAfterTheSecrets(LettaSimulator simulator)
        {
            for (var i = 0; i < 6; i++)
            {
                simulator.AddBatch(new SimulatedBatch { Id = $"job-{i}-{Key}-{HeaderSecret}", CreatedAt = InProcessListing.Epoch.AddSeconds(i), Status = "running" });
            }
        }

        private static Func<IEnumerable<IReadOnlyDictionary<string, object?>>> Tags<T>(MetricCollector<T> collector)
            where T : struct =>
            () => collector.GetMeasurementSnapshot().Select(m => m.Tags);

        private static TestCaseData Case(string name, Func<LettaSimulator, Func<string, Uri?, LettaClient>, Task> scenario) =>
            new TestCaseData(scenario).SetArgDisplayNames(name);
    }
}
