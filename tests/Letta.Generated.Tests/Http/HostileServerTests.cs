using System;
using System.Threading.Tasks;
using Letta.Generated.Simulator;
using Letta.Generated.Testing;
using Letta.Generated.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Tests.Http
{
    /// <summary>
    /// Hostile and broken servers over a real loopback connection (the simulator's faults on WireMock), with the
    /// client's clock and the simulator's on one fake time: every wait bounded, every failure a LettaException.
    /// </summary>
    [CancelAfter(30_000)]
    public class HostileServerTests
    {
        private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(100);
        private RecordingTimeProvider _time = null!;
        private LettaSimulator _simulator = null!;

        [SetUp]
        public void Start()
        {
            _time = new RecordingTimeProvider();
            _simulator = LettaSimulator.Start(new LettaSimulatorOptions { SeedCount = 12, TimeProvider = _time });
        }

        [TearDown]
        public void Stop() => _simulator.Dispose();

        private LettaClient Client(int maxRetries) => new LettaClient(new LettaClientOptions(_ => null)
        {
            BaseUrl = _simulator.BaseUrl,
            MaxRetries = maxRetries,
            NetworkTimeout = AttemptTimeout,
            TimeProvider = _time,
        });

        [Test]
        public async Task A_connection_reset_mid_body_is_retried_and_the_page_arrives_whole()
        {
            _simulator.Faults.Enqueue(SimulatedFault.ConnectionReset(afterBytes: 300));
            using var client = Client(maxRetries: 1);

            var call = client.ListBatchesAsync(limit: 5);
            _time.Advance(await _time.WaitForTimerAsync(d => d != AttemptTimeout).WithinTest());
            var response = await call.WithinTest();

            Assert.That(response.Result, Has.Count.EqualTo(5));
            Assert.That(_simulator.RequestCount, Is.EqualTo(2));
            Assert.That(_simulator.Requests[1].Query["limit"], Is.EqualTo("5"), "the same request again");
        }

        [Test]
        public async Task A_connection_reset_on_every_attempt_is_a_connection_exception()
        {
            _simulator.Faults.Enqueue(SimulatedFault.ConnectionReset(afterBytes: 300).AsSticky());
            using var client = Client(maxRetries: 0);

            await Assert.ThrowsAsync<LettaConnectionException>(() => client.ListBatchesAsync().WithinTest());
        }

        [Test]
        public async Task A_body_that_stalls_after_the_headers_ends_at_the_per_attempt_timeout()
        {
            _simulator.Faults.Enqueue(SimulatedFault.StalledBody(afterBytes: 10).AsSticky());
            using var client = Client(maxRetries: 0);

            var call = client.ListBatchesAsync();
            await _time.AdvanceWhenWaitingAsync(AttemptTimeout).WithinTest();

            var error = await Assert.ThrowsAsync<LettaTimeoutException>(() => call.WithinTest());
            Assert.That(error!.Message, Does.Contain("headers and body"));
        }

        [Test]
        public async Task A_body_that_drips_a_byte_a_second_ends_at_the_per_attempt_timeout()
        {
            _simulator.Faults.Enqueue(SimulatedFault.DrippingBody(bytesPerDrip: 1, interval: TimeSpan.FromSeconds(1)).AsSticky());
            using var client = Client(maxRetries: 0);

            var call = client.ListBatchesAsync();
            await _time.WaitForTimerAsync(d => d == AttemptTimeout).WithinTest();
            for (var second = 0; second < 100 && !call.IsCompleted; second++)
            {
                _time.Advance(TimeSpan.FromSeconds(1));
                await Task.Yield();
            }

            await Assert.ThrowsAsync<LettaTimeoutException>(() => call.WithinTest());
        }

        [Test]
        public async Task A_page_cap_below_the_page_size_does_not_end_the_listing_early()
        {
            _simulator.Faults.Enqueue(SimulatedFault.PageCap(4).AsSticky());
            using var client = Client(maxRetries: 0);

            var ids = await SimulatorListing.CollectIdsAsync(client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = 10, Order = SortOrder.Asc })).WithinTest();

            Assert.That(ids, Is.EqualTo(SimulatorListing.ExpectedIds(_simulator.Batches, SortOrder.Asc)));
            Assert.That(ids, Has.Count.EqualTo(12));
        }

        [Test]
        public async Task A_malformed_field_in_a_200_is_a_response_exception_naming_the_field()
        {
            _simulator.Faults.Enqueue(SimulatedFault.MalformedField("created_at", "\"not a date\""));
            using var client = Client(maxRetries: 2);

            var error = await Assert.ThrowsAsync<LettaResponseException>(() => client.ListBatchesAsync().WithinTest());

            Assert.That(error!.Message, Does.Contain("created_at"));
            Assert.That(_simulator.RequestCount, Is.EqualTo(1), "not retried");
        }

        [Test]
        public async Task An_oversized_page_fails_without_being_read_whole()
        {
            _simulator.Faults.Enqueue(SimulatedFault.OversizedPage(64L * 1024 * 1024));
            using var client = new LettaClient(new LettaClientOptions(_ => null) { BaseUrl = _simulator.BaseUrl, MaxRetries = 0, MaxResponseBytes = 1024 * 1024 });

            var error = await Assert.ThrowsAsync<LettaResponseException>(() => client.ListBatchesAsync().WithinTest());

            Assert.That(error!.Message, Does.Contain("MaxResponseBytes"));
        }
    }
}
