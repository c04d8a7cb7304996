using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Simulator.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Simulator.Tests
{
    /// <summary>One-shot faults hit one request; a sticky fault hits every request from the one that reaches it.</summary>
    public class StickyFaultTests
    {
        [Test]
        [CancelAfter(10_000)]
        public async Task A_sticky_fault_answers_every_request_until_the_queue_is_cleared(CancellationToken cancellationToken)
        {
            using var letta = InProcess.ServerWith(1);
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.ServiceUnavailable().AsSticky());

            for (var i = 0; i < 3; i++)
            {
                (await http.GetAsync(InProcess.Path, cancellationToken)).Dispose();
            }

            var countWhileSticky = letta.Faults.Count;
            letta.Faults.Clear();
            (await http.GetAsync(InProcess.Path, cancellationToken)).Dispose();

            Assert.That(letta.Requests.Select(r => r.StatusCode), Is.EqualTo(new int?[] { 503, 503, 503, 200 }));
            Assert.That(countWhileSticky, Is.EqualTo(1));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task One_shot_faults_ahead_of_a_sticky_one_are_served_first_and_those_behind_it_never(CancellationToken cancellationToken)
        {
            using var letta = InProcess.ServerWith(1);
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.RateLimited(), SimulatedFault.DatabaseLocked().AsSticky(), SimulatedFault.UnknownError());

            for (var i = 0; i < 4; i++)
            {
                (await http.GetAsync(InProcess.Path, cancellationToken)).Dispose();
            }

            Assert.That(letta.Requests.Select(r => r.StatusCode), Is.EqualTo(new int?[] { 429, 409, 409, 409 }));
            Assert.That(letta.Faults.Count, Is.EqualTo(2));
        }

        [Test]
        public void Faults_are_one_shot_unless_made_sticky_and_as_sticky_returns_a_copy()
        {
            var oneShot = SimulatedFault.PageCap(5);
            var sticky = oneShot.AsSticky();

            Assert.That(oneShot.IsSticky, Is.False);
            Assert.That(sticky.IsSticky, Is.True);
            Assert.That(sticky.Kind, Is.EqualTo(FaultKind.PageCap));
            Assert.That(sticky.WithRetryAfter(System.TimeSpan.FromSeconds(2)).IsSticky, Is.True, "With… keeps stickiness");
        }
    }
}
