using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Simulator.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Letta.Generated.Simulator.Tests.Faults
{
    /// <summary>A dripping body: a few bytes per interval of the options' clock, driven here by a fake one.</summary>
    public class DrippingBodyTests
    {
        private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

        [Test]
        [CancelAfter(10_000)]
        public async Task Each_drip_carries_the_given_bytes_one_interval_of_the_fake_clock_after_the_last(CancellationToken cancellationToken)
        {
            var time = new FakeTimeProvider();
            using var letta = InProcess.ServerWith(1, new LettaSimulatorOptions { TimeProvider = time });
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.DrippingBody(bytesPerDrip: 4, Interval));

            using var response = await InProcess.HeadersAsync(http, string.Empty, cancellationToken);
            using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            var buffer = new byte[64];
            var first = body.ReadAsync(buffer, cancellationToken).AsTask();
            time.Advance(Interval - TimeSpan.FromMilliseconds(1));
            var completedJustBefore = first.IsCompleted;
            time.Advance(TimeSpan.FromMilliseconds(1));
            var firstDrip = await first.WaitAsync(cancellationToken);
            var firstText = Encoding.UTF8.GetString(buffer, 0, firstDrip);
            var second = body.ReadAsync(buffer, cancellationToken).AsTask();
            var secondCompletedAtOnce = second.IsCompleted;
            time.Advance(Interval);
            var secondDrip = await second.WaitAsync(cancellationToken);

            Assert.That(completedJustBefore, Is.False);
            Assert.That(firstText, Is.EqualTo("[{\"c"));
            Assert.That(secondCompletedAtOnce, Is.False);
            Assert.That(Encoding.UTF8.GetString(buffer, 0, secondDrip), Is.EqualTo("reat"));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task The_whole_page_arrives_intact_in_as_many_intervals_as_drips(CancellationToken cancellationToken)
        {
            var time = new FakeTimeProvider();
            using var letta = InProcess.ServerWith(2, new LettaSimulatorOptions { TimeProvider = time });
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.DrippingBody(bytesPerDrip: 100, Interval));

            using var response = await InProcess.HeadersAsync(http, string.Empty, cancellationToken);
            using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            var received = new MemoryStream();
            var buffer = new byte[1024];
            var intervals = 0;
            while (true)
            {
                var read = body.ReadAsync(buffer, cancellationToken).AsTask();
                if (!read.IsCompleted)
                {
                    time.Advance(Interval);
                    intervals++;
                }

                var count = await read.WaitAsync(cancellationToken);
                if (count == 0)
                {
                    break;
                }

                Assert.That(count, Is.LessThanOrEqualTo(100));
                received.Write(buffer, 0, count);
            }

            var page = (JArray)InProcess.Parse(Encoding.UTF8.GetString(received.ToArray()));
            Assert.That(page.Select(b => (string)b["id"]!), Is.EqualTo(new[] { "job-001", "job-000" }));
            Assert.That(intervals, Is.EqualTo((int)Math.Ceiling(received.Length / 100.0)), "one interval per drip, none to learn the end");
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Drips_the_reader_has_not_collected_wait_like_bytes_in_a_socket_buffer(CancellationToken cancellationToken)
        {
            var time = new FakeTimeProvider();
            using var letta = InProcess.ServerWith(2, new LettaSimulatorOptions { TimeProvider = time });
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.DrippingBody(bytesPerDrip: 3, Interval));

            using var response = await InProcess.HeadersAsync(http, string.Empty, cancellationToken);
            using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            time.Advance(Interval * 3);
            var reads = new List<Task<int>>();
            for (var i = 0; i < 4; i++)
            {
                reads.Add(body.ReadAsync(new byte[64], cancellationToken).AsTask());
                if (!reads[^1].IsCompleted)
                {
                    break;
                }

                await reads[^1];
            }

            Assert.That(reads.Count(r => r.IsCompletedSuccessfully && r.Result == 3), Is.EqualTo(3));
            Assert.That(reads[^1].IsCompleted, Is.False, "the fourth drip is one more interval away");
        }

        [Test]
        public void A_drip_needs_at_least_one_byte_and_a_positive_interval()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => SimulatedFault.DrippingBody(0, Interval));
            Assert.Throws<ArgumentOutOfRangeException>(() => SimulatedFault.DrippingBody(1, TimeSpan.Zero));
        }
    }
}
