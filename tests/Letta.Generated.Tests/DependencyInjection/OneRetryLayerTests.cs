using System;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.DependencyInjection;
using Letta.Generated.Simulator;
using Letta.Generated.Testing;
using Letta.Generated.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using NUnit.Framework;
using Polly;

namespace Letta.Generated.Tests.DependencyInjection
{
    /// <summary>
    /// <c>AddLettaClient(...).AddStandardResilienceHandler()</c>, the usual move of a .NET developer: the standard
    /// handler's retries and timeouts replace the client's own instead of multiplying them.
    /// </summary>
    [CancelAfter(30_000)]
    public class OneRetryLayerTests
    {
        private LettaSimulator _simulator = null!;

        [SetUp]
        public void Start() => _simulator = LettaSimulator.Start(new LettaSimulatorOptions { SeedCount = 3 });

        [TearDown]
        public void Stop() => _simulator.Dispose();

        private ServiceProvider Provider(Action<HttpStandardResilienceOptions> resilience, TimeProvider? time = null)
        {
            var services = new ServiceCollection();
            if (time is not null) services.AddSingleton(time);
            services.AddLettaClient(o =>
            {
                o.BaseUrl = _simulator.BaseUrl;
                o.MaxRetries = 2;
            }).AddStandardResilienceHandler(resilience);
            return services.BuildServiceProvider();
        }

        [Test]
        public async Task A_standard_resilience_handler_replaces_the_clients_retries_instead_of_stacking_on_them()
        {
            _simulator.Faults.Enqueue(SimulatedFault.ServiceUnavailable().AsSticky());
            using var provider = Provider(o =>
            {
                o.Retry.MaxRetryAttempts = 2;
                o.Retry.Delay = TimeSpan.Zero;
                o.Retry.UseJitter = false;
                o.Retry.BackoffType = DelayBackoffType.Constant;
            });

            var error = await Assert.ThrowsAsync<LettaServerException>(() => provider.GetRequiredService<ILettaClient>().ListBatchesAsync().WithinTest());

            Assert.That(error!.StatusCode, Is.EqualTo(503));
            Assert.That(_simulator.RequestCount, Is.EqualTo(3), "the standard handler's 1 + 2 attempts, not 3 × 3");
        }

        [Test]
        public async Task A_timeout_of_the_standard_resilience_handler_says_it_was_that_handler_and_its_duration()
        {
            var time = new RecordingTimeProvider();
            var attemptTimeout = TimeSpan.FromSeconds(5);
            _simulator.Faults.Enqueue(SimulatedFault.Slow(TimeSpan.FromMinutes(10)).AsSticky());
            var arrivals = new SemaphoreSlim(0);
            _simulator.OnRequest(_ => arrivals.Release());
            using var provider = Provider(o =>
            {
                o.Retry.MaxRetryAttempts = 1;
                o.Retry.Delay = TimeSpan.Zero;
                o.AttemptTimeout.Timeout = attemptTimeout;
            }, time);

            var call = provider.GetRequiredService<ILettaClient>().ListBatchesAsync();
            for (var attempt = 0; attempt < 2; attempt++)
            {
                await arrivals.WaitAsync(TestContext.CurrentContext.CancellationToken);
                await time.AdvanceWhenWaitingAsync(attemptTimeout, skip: attempt).WithinTest();
            }

            var error = await Assert.ThrowsAsync<LettaTimeoutException>(() => call.WithinTest());
            Assert.That(error!.Timeout, Is.EqualTo(attemptTimeout));
            Assert.That(error.Message, Does.Contain("resilience handler").And.Contain("5 s"));
            Assert.That(_simulator.RequestCount, Is.EqualTo(2));
        }
    }
}
