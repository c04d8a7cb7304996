using System;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Threading.Tasks;
using Letta.Generated.DependencyInjection;
using Letta.Generated.Simulator;
using Letta.Generated.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NUnit.Framework;

namespace Letta.Generated.Tests.DependencyInjection
{
    /// <summary>With <c>AddLettaClient</c>, the client logs and measures through the container's factories, unless the options name their own.</summary>
    [CancelAfter(30_000)]
    public class LettaClientTelemetryRegistrationTests
    {
        private SimulatedLettaServer _server = null!;

        [SetUp]
        public void Start()
        {
            _server = InProcessListing.ServerWith(3);
            // One retry with no wait, so every test sees a retry event without a clock.
            _server.Faults.Enqueue(SimulatedFault.ServiceUnavailable().WithRetryAfterMilliseconds(0));
        }

        [TearDown]
        public void Stop() => _server.Dispose();

        private ServiceProvider Provider(Action<LettaClientOptions>? configure = null)
        {
            var services = new ServiceCollection();
            services.AddFakeLogging(o => o.CollectRecordsForDisabledLogLevels = false);
            services.AddLogging(builder => builder.SetMinimumLevel(LogLevel.Debug));
            services.AddLettaClient(o =>
            {
                o.BaseUrl = _server.BaseUrl;
                configure?.Invoke(o);
            }).ConfigurePrimaryHttpMessageHandler(() => _server.CreateHandler());
            return services.BuildServiceProvider();
        }

        [Test]
        public async Task The_client_logs_to_the_containers_logger_factory()
        {
            using var provider = Provider();

            await SimulatorListing.CollectIdsAsync(provider.GetRequiredService<ILettaClient>().ListAllBatchesAsync()).WithinTest();

            var records = provider.GetFakeLogCollector().GetSnapshot();
            Assert.That(records.Where(r => r.Category == "Letta.Generated.Http").Select(r => r.Id.Id), Is.EqualTo(new[] { 100 }));
            Assert.That(records.Where(r => r.Category == "Letta.Generated.Paging").Select(r => r.Id.Id), Is.EqualTo(new[] { 200, 200, 202 }), "a short page, one more request that finds nothing, which settles the reading");
        }

        [Test]
        public async Task The_client_measures_with_the_containers_meter_factory()
        {
            using var provider = Provider();
            using var requests = new MetricCollector<long>(provider.GetRequiredService<IMeterFactory>(), LettaDiagnostics.MeterName, "letta.client.request.count");
            using var retries = new MetricCollector<long>(provider.GetRequiredService<IMeterFactory>(), LettaDiagnostics.MeterName, "letta.client.retry.count");

            await provider.GetRequiredService<ILettaClient>().ListBatchesAsync().WithinTest();

            Assert.That(requests.GetMeasurementSnapshot().Select(m => m.Value), Is.EqualTo(new long[] { 1 }));
            Assert.That(retries.GetMeasurementSnapshot().Select(m => m.Value), Is.EqualTo(new long[] { 1 }));
        }

        [Test]
        public async Task The_registered_options_instance_is_left_without_factories()
        {
            using var provider = Provider();

            await provider.GetRequiredService<ILettaClient>().ListBatchesAsync().WithinTest();

            var registered = provider.GetRequiredService<IOptions<LettaClientOptions>>().Value;
            Assert.That(registered.LoggerFactory, Is.Null);
            Assert.That(registered.MeterFactory, Is.Null);
        }

        [Test]
        public async Task Factories_named_in_the_options_win_over_the_containers()
        {
            using var telemetry = new TelemetryCapture();
            using var provider = Provider(o => telemetry.Configure(o));
            using var containerRequests = new MetricCollector<long>(provider.GetRequiredService<IMeterFactory>(), LettaDiagnostics.MeterName, "letta.client.request.count");
            var ownRequests = telemetry.Collect<long>("letta.client.request.count");

            await provider.GetRequiredService<ILettaClient>().ListBatchesAsync().WithinTest();

            Assert.That(telemetry.Events(100), Has.Count.EqualTo(1));
            Assert.That(provider.GetFakeLogCollector().GetSnapshot().Where(r => r.Category?.StartsWith("Letta.Generated", StringComparison.Ordinal) == true), Is.Empty);
            Assert.That(ownRequests.GetMeasurementSnapshot(), Has.Count.EqualTo(1));
            Assert.That(containerRequests.GetMeasurementSnapshot(), Is.Empty);
        }
    }
}
