using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Simulator.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Letta.Generated.Simulator.Tests
{
    /// <summary>The in-process handler: the simulator's behaviour through an HttpClient, with no socket.</summary>
    public class InProcessHandlerTests
    {
        [Test]
        [CancelAfter(10_000)]
        public async Task In_process_client_lists_batches_with_no_socket(CancellationToken cancellationToken)
        {
            using var letta = InProcess.ServerWith(3);
            using var http = letta.CreateHttpClient();

            using var response = await http.GetAsync(InProcess.Path, cancellationToken);
            var page = (JArray)InProcess.Parse(await response.Content.ReadAsStringAsync(cancellationToken));

            // The base address is an .invalid host: it cannot resolve, so this answer did not come over a network.
            Assert.That(http.BaseAddress, Is.EqualTo(new Uri("http://letta-simulator.invalid/")));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
            Assert.That(page.Select(b => (string)b["id"]!), Is.EqualTo(new[] { "job-002", "job-001", "job-000" }));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task A_handler_serves_any_base_address_and_reads_only_path_and_query(CancellationToken cancellationToken)
        {
            using var letta = InProcess.ServerWith(3);
            using var http = new HttpClient(letta.CreateHandler()) { BaseAddress = new Uri("https://api.letta.com/") };

            var body = await http.GetStringAsync(InProcess.Path + "?order=asc&limit=1", cancellationToken);

            Assert.That(InProcess.Parse(body)[0]!["id"]!.ToString(), Is.EqualTo("job-000"));
            Assert.That(letta.Requests.Single().RawQuery, Is.EqualTo("order=asc&limit=1"));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task The_bearer_key_is_checked_in_process_and_sent_by_the_clients_it_creates(CancellationToken cancellationToken)
        {
            using var letta = InProcess.ServerWith(1, new LettaSimulatorOptions { ApiKey = "sk-test" });
            using var keyed = letta.CreateHttpClient();
            using var anonymous = new HttpClient(letta.CreateHandler()) { BaseAddress = letta.BaseUrl };

            using var allowed = await keyed.GetAsync(InProcess.Path, cancellationToken);
            using var refused = await anonymous.GetAsync(InProcess.Path, cancellationToken);

            Assert.That(allowed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(await refused.Content.ReadAsStringAsync(cancellationToken), Is.EqualTo("{\"detail\":\"Unauthorized\"}"));
            Assert.That(letta.Requests[0].Headers["authorization"], Is.EqualTo("Bearer sk-test"));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Request_headers_method_and_decoded_query_reach_the_request_log(CancellationToken cancellationToken)
        {
            using var letta = InProcess.ServerWith(1);
            using var http = letta.CreateHttpClient();
            using var request = new HttpRequestMessage(HttpMethod.Get, InProcess.Path + "?after=&before=job%2D000%20x&limit=5");
            request.Headers.Add("X-Project", "demo");
            request.Headers.UserAgent.Add(new ProductInfoHeaderValue("Letta.Generated", "1.0"));

            using var response = await http.SendAsync(request, cancellationToken);

            var recorded = letta.Requests.Single();
            Assert.That(recorded.Method, Is.EqualTo("GET"));
            Assert.That(recorded.Path, Is.EqualTo("/v1/messages/batches"));
            Assert.That(recorded.Query["after"], Is.Empty);
            Assert.That(recorded.Query["before"], Is.EqualTo("job-000 x"));
            Assert.That(recorded.Query["limit"], Is.EqualTo("5"));
            Assert.That(recorded.Headers["x-project"], Is.EqualTo("demo"));
            Assert.That(recorded.Headers["User-Agent"], Is.EqualTo("Letta.Generated/1.0"));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Ordinary_bodies_have_a_content_length_and_empty_ones_are_zero_bytes(CancellationToken cancellationToken)
        {
            using var letta = InProcess.ServerWith(0);
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.ServiceUnavailable());

            using var unavailable = await http.GetAsync(InProcess.Path, cancellationToken);
            using var empty = await http.GetAsync(InProcess.Path, cancellationToken);

            Assert.That(unavailable.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(unavailable.Content.Headers.ContentLength, Is.EqualTo(0));
            Assert.That(empty.Content.Headers.ContentLength, Is.EqualTo(2));
            Assert.That(await empty.Content.ReadAsStringAsync(cancellationToken), Is.EqualTo("[]"));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Unknown_paths_and_other_methods_get_the_servers_404_and_405(CancellationToken cancellationToken)
        {
            using var letta = InProcess.ServerWith(1);
            using var http = letta.CreateHttpClient();

            using var notFound = await http.GetAsync("v1/messages/batchez", cancellationToken);
            using var notAllowed = await http.DeleteAsync(InProcess.Path, cancellationToken);

            Assert.That(notFound.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(notAllowed.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
            Assert.That(notAllowed.Content.Headers.Allow, Is.EquivalentTo(new[] { "GET" }));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Handle_async_answers_a_request_without_any_http_stack(CancellationToken cancellationToken)
        {
            using var letta = InProcess.ServerWith(2);

            using var response = await letta.HandleAsync(new SimulatedRequest("GET", "/v1/messages/batches", "?limit=1"), cancellationToken);

            Assert.That(response.StatusCode, Is.EqualTo(200));
            Assert.That(response.IsBodyStreamed, Is.False);
            Assert.That(response.Headers, Does.Contain(new System.Collections.Generic.KeyValuePair<string, string>("Content-Type", "application/json")));
            Assert.That(InProcess.Parse(await InProcess.ReadToEndAsync(response.Body!, cancellationToken))[0]!["id"]!.ToString(), Is.EqualTo("job-001"));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task Disposing_a_handler_leaves_the_server_serving(CancellationToken cancellationToken)
        {
            using var letta = InProcess.ServerWith(1);
            using (var first = letta.CreateHttpClient())
            {
                await first.GetStringAsync(InProcess.Path, cancellationToken);
            }

            using var second = letta.CreateHttpClient();
            var body = await second.GetStringAsync(InProcess.Path, cancellationToken);

            Assert.That(InProcess.Parse(body), Has.Count.EqualTo(1));
            Assert.That(letta.RequestCount, Is.EqualTo(2));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task A_cancelled_request_is_neither_sent_nor_recorded(CancellationToken cancellationToken)
        {
            using var letta = InProcess.ServerWith(1);
            using var http = letta.CreateHttpClient();
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();

            Assert.That(cancellationToken.IsCancellationRequested, Is.False);
            await Assert.ThrowsAsync<TaskCanceledException>(() => http.GetAsync(InProcess.Path, cancelled.Token));
            Assert.That(letta.RequestCount, Is.Zero);
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task A_disposed_server_refuses_requests(CancellationToken cancellationToken)
        {
            var letta = InProcess.ServerWith(1);
            letta.Dispose();

            await Assert.ThrowsAsync<ObjectDisposedException>(() => letta.HandleAsync(new SimulatedRequest("GET", "/v1/messages/batches"), cancellationToken));
        }
    }
}
