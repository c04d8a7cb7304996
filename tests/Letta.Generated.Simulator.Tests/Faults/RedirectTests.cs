using System;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Simulator.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Simulator.Tests.Faults
{
    /// <summary>A redirect: a 3xx with the Location given, which the in-process handler does not follow.</summary>
    public class RedirectTests
    {
        [Test]
        [CancelAfter(10_000)]
        public async Task A_redirect_sends_its_status_and_location_and_no_body(CancellationToken cancellationToken)
        {
            using var letta = InProcess.ServerWith(1);
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.Redirect("https://eu.letta.example/v1/messages/batches", 308));

            using var response = await http.GetAsync(InProcess.Path, cancellationToken);

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.PermanentRedirect));
            Assert.That(response.Headers.Location, Is.EqualTo(new Uri("https://eu.letta.example/v1/messages/batches")));
            Assert.That(await response.Content.ReadAsStringAsync(cancellationToken), Is.Empty);
            Assert.That(letta.Requests[0].StatusCode, Is.EqualTo(308));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task A_relative_location_is_sent_as_given_and_307_is_the_default(CancellationToken cancellationToken)
        {
            using var letta = InProcess.ServerWith(1);
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.Redirect("/v1/messages/batches?limit=1"));

            using var response = await http.GetAsync(InProcess.Path, cancellationToken);

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TemporaryRedirect));
            Assert.That(response.Headers.NonValidated["Location"].ToString(), Is.EqualTo("/v1/messages/batches?limit=1"));
        }

        [Test]
        public void A_redirect_needs_a_3xx_status_and_a_location()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => SimulatedFault.Redirect("/x", 200));
            Assert.Throws<ArgumentException>(() => SimulatedFault.Redirect(string.Empty));
        }
    }
}
