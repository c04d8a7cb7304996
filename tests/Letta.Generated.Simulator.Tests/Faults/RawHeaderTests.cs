using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Simulator.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Letta.Generated.Simulator.Tests.Faults
{
    /// <summary>Raw headers: sent as given, unvalidated, replacing the answer's header of the same name.</summary>
    public class RawHeaderTests
    {
        [Test]
        [CancelAfter(10_000)]
        public async Task A_raw_header_reaches_the_client_unvalidated_on_the_normal_page(CancellationToken cancellationToken)
        {
            using var letta = InProcess.ServerWith(2);
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.RawHeader("Retry-After", "1e300"));

            using var response = await http.GetAsync(InProcess.Path, cancellationToken);
            var page = (JArray)InProcess.Parse(await response.Content.ReadAsStringAsync(cancellationToken));

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page, Has.Count.EqualTo(2));
            Assert.That(response.Headers.NonValidated["Retry-After"].ToString(), Is.EqualTo("1e300"));
            Assert.That(response.Headers.RetryAfter, Is.Null, "not a valid Retry-After, as a strict parser sees it");
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task A_rate_limit_can_carry_an_absurd_retry_after(CancellationToken cancellationToken)
        {
            using var letta = InProcess.ServerWith(1);
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.RateLimited().WithHeader("Retry-After", "1e300"));

            using var response = await http.GetAsync(InProcess.Path, cancellationToken);

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(response.Headers.NonValidated["Retry-After"].ToString(), Is.EqualTo("1e300"));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task A_fault_header_replaces_the_header_of_the_same_name_the_answer_had(CancellationToken cancellationToken)
        {
            using var letta = InProcess.ServerWith(1);
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.RawHeader("content-type", "text/plain; charset=latin1"));

            using var response = await http.GetAsync(InProcess.Path, cancellationToken);

            Assert.That(response.Content.Headers.NonValidated["Content-Type"].Count, Is.EqualTo(1));
            Assert.That(response.Content.Headers.NonValidated["Content-Type"].Single(), Is.EqualTo("text/plain; charset=latin1"));
        }
    }
}
