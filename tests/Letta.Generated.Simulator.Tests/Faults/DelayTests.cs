using System;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Simulator.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace Letta.Generated.Simulator.Tests.Faults
{
    /// <summary>Fault delays run on the options' clock, so a fake one drives them without waiting.</summary>
    public class DelayTests
    {
        [Test]
        [CancelAfter(10_000)]
        public async Task A_slow_fault_answers_when_the_fake_clock_reaches_its_delay(CancellationToken cancellationToken)
        {
            var time = new FakeTimeProvider();
            using var letta = InProcess.ServerWith(1, new LettaSimulatorOptions { TimeProvider = time });
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.Slow(TimeSpan.FromSeconds(30)));

            var pending = http.GetAsync(InProcess.Path, cancellationToken);
            time.Advance(TimeSpan.FromSeconds(29));
            var completedEarly = pending.IsCompleted;
            time.Advance(TimeSpan.FromSeconds(1));
            using var response = await pending;

            Assert.That(completedEarly, Is.False);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task The_request_log_stamps_arrivals_with_the_options_clock(CancellationToken cancellationToken)
        {
            var time = new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
            using var letta = InProcess.ServerWith(1, new LettaSimulatorOptions { TimeProvider = time });
            using var http = letta.CreateHttpClient();

            await http.GetStringAsync(InProcess.Path, cancellationToken);

            Assert.That(letta.Requests[0].ReceivedAt, Is.EqualTo(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        }

        [Test]
        public void The_clock_cannot_be_null()
        {
            Assert.Throws<ArgumentNullException>(() => _ = new LettaSimulatorOptions { TimeProvider = null! });
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Disposing_the_server_cancels_a_pending_delay(CancellationToken cancellationToken)
        {
            var letta = InProcess.ServerWith(1, new LettaSimulatorOptions { TimeProvider = new FakeTimeProvider() });
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.Slow(TimeSpan.FromHours(1)));

            var pending = http.GetAsync(InProcess.Path, cancellationToken);
            letta.Dispose();

            await Assert.CatchAsync<OperationCanceledException>(async () => await pending);
        }
    }
}
