using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Simulator.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Letta.Generated.Simulator.Tests.Faults
{
    /// <summary>A malformed field in a 200: valid JSON, one field of every batch replaced by the value given.</summary>
    public class MalformedFieldTests
    {
        [Test]
        [CancelAfter(10_000)]
        public async Task The_field_of_every_batch_on_the_page_gets_the_raw_value(CancellationToken cancellationToken)
        {
            using var letta = InProcess.ServerWith(3);
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.MalformedField("created_at", "\"yesterday\""));

            using var response = await http.GetAsync(InProcess.Path, cancellationToken);
            var page = (JArray)InProcess.Parse(await response.Content.ReadAsStringAsync(cancellationToken));

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Select(b => (string)b["created_at"]!), Is.All.EqualTo("yesterday"));
            Assert.That(page.Select(b => (string)b["id"]!), Is.EqualTo(new[] { "job-002", "job-001", "job-000" }), "the rest is untouched");
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task A_field_the_server_never_sends_is_added_with_any_json_value(CancellationToken cancellationToken)
        {
            using var letta = InProcess.ServerWith(1);
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.MalformedField("surprise", "{ \"nested\": [1, 2.5, null] }"));

            var body = await http.GetStringAsync(InProcess.Path, cancellationToken);

            Assert.That(body, Does.EndWith(",\"surprise\":{\"nested\":[1,2.5,null]}}]"));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Error_answers_are_not_malformed_only_successful_pages_are(CancellationToken cancellationToken)
        {
            using var letta = InProcess.ServerWith(1, new LettaSimulatorOptions { ApiKey = "sk-test" });
            using var anonymous = new HttpClient(letta.CreateHandler()) { BaseAddress = letta.BaseUrl };
            letta.Faults.Enqueue(SimulatedFault.MalformedField("detail", "42"));

            using var response = await anonymous.GetAsync(InProcess.Path, cancellationToken);

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(await response.Content.ReadAsStringAsync(cancellationToken), Is.EqualTo("{\"detail\":\"Unauthorized\"}"));
        }

        [TestCase("yesterday")]
        [TestCase("1 2")]
        [TestCase("")]
        public void A_value_that_is_not_one_json_value_is_rejected(string raw)
        {
            Assert.Throws<ArgumentException>(() => SimulatedFault.MalformedField("created_at", raw));
        }
    }
}
