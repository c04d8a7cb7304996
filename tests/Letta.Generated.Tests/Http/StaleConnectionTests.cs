using System;
using System.Linq;
using System.Threading.Tasks;
using Letta.Generated.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Tests.Http
{
    /// <summary>
    /// A kept-alive connection the server dropped while idle (reset as the next request arrived, before any response
    /// byte), on a raw loopback server, with the client on a fake clock: the first resend needs no clock at all.
    /// </summary>
    [CancelAfter(10_000)]
    public class StaleConnectionTests
    {
        private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(100);

        private static LettaClient Client(IdleClosingServer server, RecordingTimeProvider time, TelemetryCapture telemetry) =>
            new LettaClient(telemetry.Configure(new LettaClientOptions(_ => null)
            {
                BaseUrl = server.BaseUrl,
                MaxRetries = 2,
                NetworkTimeout = AttemptTimeout,
                TimeProvider = time,
            }));

        [Test]
        public async Task A_stale_pooled_connection_closed_by_the_server_is_resent_at_once_without_a_backoff()
        {
            using var server = new IdleClosingServer(resets: 1);
            var time = new RecordingTimeProvider();
            using var telemetry = new TelemetryCapture();
            using var client = Client(server, time, telemetry);
            await client.ListBatchesAsync().WithinTest();

            // The clock never moves: under a backoff this await would hang until [CancelAfter] fails the test.
            var second = await client.ListBatchesAsync().WithinTest();

            Assert.That(second.Result, Is.Empty);
            Assert.That(second.RetryCount, Is.EqualTo(1), "the resend is a retry (it counts against MaxRetries)");
            Assert.That(server.Requests, Is.EqualTo(2));
            Assert.That(server.Connections, Is.EqualTo(2), "the resend went on a new connection");
            Assert.That(time.DueTimes.Where(d => d != AttemptTimeout), Is.Empty, "no backoff timer");
            var retry = telemetry.Events(100).Single();
            Assert.That(retry.GetStructuredStateValue("DelayMs"), Is.EqualTo("0"));
            Assert.That(retry.GetStructuredStateValue("DelaySource"), Is.EqualTo("stale-connection"));
        }

        [Test]
        public async Task A_resend_after_a_stale_connection_that_fails_again_waits_a_backoff()
        {
            using var server = new IdleClosingServer(resets: 2);
            var time = new RecordingTimeProvider();
            using var telemetry = new TelemetryCapture();
            using var client = Client(server, time, telemetry);
            await client.ListBatchesAsync().WithinTest();

            var call = client.ListBatchesAsync();
            var backoff = await time.WaitForTimerAsync(d => d != AttemptTimeout).WithinTest();
            time.Advance(backoff);
            var second = await call.WithinTest();

            Assert.That(second.Result, Is.Empty);
            Assert.That(second.RetryCount, Is.EqualTo(2));
            // The resend was a step of Polly's backoff: this is its second, between 0 and 4 × 0.5 s (Polly's documented bound).
            Assert.That(backoff, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromSeconds(2)));
            Assert.That(time.DueTimes.Where(d => d != AttemptTimeout).Single(), Is.EqualTo(backoff), "one backoff, after the one free resend");
            Assert.That(telemetry.Events(100).Select(e => e.GetStructuredStateValue("DelaySource")), Is.EqualTo(new[] { "stale-connection", "backoff" }));
        }
    }
}
