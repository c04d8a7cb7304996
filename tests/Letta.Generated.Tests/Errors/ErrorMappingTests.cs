using System;
using System.Linq;
using System.Threading.Tasks;
using Letta.Generated.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Tests.Errors
{
    /// <summary>Every non-2xx (and every bad 2xx body) becomes a typed exception with status, headers and body.</summary>
    public class ErrorMappingTests
    {
        private const string ApiKey = "sk-let-SECRET-0123456789";
        private LoopbackServer _server = null!;

        [SetUp]
        public void StartServer() => _server = new LoopbackServer();

        [TearDown]
        public void StopServer() => _server.Dispose();

        [TestCase(400, typeof(LettaBadRequestException))]
        [TestCase(401, typeof(LettaAuthenticationException))]
        [TestCase(403, typeof(LettaPermissionDeniedException))]
        [TestCase(404, typeof(LettaNotFoundException))]
        [TestCase(409, typeof(LettaConflictException))]
        [TestCase(422, typeof(LettaUnprocessableEntityException))]
        [TestCase(429, typeof(LettaRateLimitException))]
        [TestCase(500, typeof(LettaServerException))]
        [TestCase(503, typeof(LettaServerException))]
        [TestCase(418, typeof(LettaApiException))]
        public async Task Each_status_raises_its_exception_type_with_status_headers_and_body(int status, Type expected)
        {
            _server.RespondJson("{\"detail\":\"it went wrong\"}", status, headers: ("x-request-id", "req-42"));
            using var client = _server.CreateClient();

            var error = await Assert.ThrowsAsync(expected, () => client.ListBatchesAsync()) as LettaApiException;

            Assert.That(error!.Status, Is.EqualTo(status));
            Assert.That(error.ResponseBody, Is.EqualTo("{\"detail\":\"it went wrong\"}"));
            Assert.That(error.RequestId, Is.EqualTo("req-42"));
            Assert.That(error.Headers["Content-Type"].Single(), Does.StartWith("application/json"));
            Assert.That(error.Message, Does.Contain(status.ToString()).And.Contain("it went wrong"));
        }

        [Test]
        public async Task A_422_with_Lettas_string_detail_keeps_the_text()
        {
            var detail = "[{'type': 'int_parsing', 'loc': ('query', 'limit'), 'msg': 'Input should be a valid integer', 'input': 'x'}]";
            _server.RespondJson("{\"trace_id\":\"t-1\",\"detail\":\"" + detail + "\"}", 422);
            using var client = _server.CreateClient();

            var error = await Assert.ThrowsAsync<LettaUnprocessableEntityException>(() => client.ListBatchesAsync());

            Assert.That(error!.DetailText, Is.EqualTo(detail));
            Assert.That(error.Errors, Is.Empty);
            Assert.That(error.ResponseBody, Does.Contain("t-1"));
        }

        [Test]
        public async Task A_422_with_the_declared_detail_list_parses_each_validation_error()
        {
            _server.RespondJson("{\"detail\":[{\"loc\":[\"query\",\"limit\"],\"msg\":\"Input should be a valid integer\",\"type\":\"int_parsing\"},{\"loc\":[\"query\",0],\"msg\":\"m2\",\"type\":\"t2\"}]}", 422);
            using var client = _server.CreateClient();

            var error = await Assert.ThrowsAsync<LettaUnprocessableEntityException>(() => client.ListBatchesAsync());

            Assert.That(error!.Errors, Has.Count.EqualTo(2));
            Assert.That(error.Errors[0].Loc, Is.EqualTo(new object[] { "query", "limit" }));
            Assert.That(error.Errors[0].Msg, Is.EqualTo("Input should be a valid integer"));
            Assert.That(error.Errors[1].Loc[1], Is.EqualTo(0L));
            Assert.That(error.DetailText, Is.Null);
            Assert.That(error.Message, Does.Contain("query.limit: Input should be a valid integer"));
        }

        [Test]
        public async Task An_unknown_cursor_400_names_the_cursor()
        {
            _server.RespondJson("{\"detail\":\"Job with id job-gone not found\"}", 400);
            using var client = _server.CreateClient();

            var error = await Assert.ThrowsAsync<LettaCursorNotFoundException>(() => client.ListBatchesAsync(new ListBatchesRequest { Before = "job-gone" }));

            Assert.That(error!.Cursor, Is.EqualTo("job-gone"));
            Assert.That(error.Message, Does.Contain("job-gone"));
        }

        [Test]
        public async Task A_429_carries_the_servers_retry_delay()
        {
            _server.RespondJson("{}", 429, headers: ("Retry-After", "7"));
            using var client = _server.CreateClient();

            var error = await Assert.ThrowsAsync<LettaRateLimitException>(() => client.ListBatchesAsync());

            Assert.That(error!.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(7)));
        }

        [Test]
        public async Task An_html_502_surfaces_with_a_body_excerpt()
        {
            _server.Respond(502, "<html><body><h1>502 Bad Gateway</h1>\n<p>nginx</p></body></html>", "text/html");
            using var client = _server.CreateClient();

            var error = await Assert.ThrowsAsync<LettaServerException>(() => client.ListBatchesAsync());

            Assert.That(error!.Status, Is.EqualTo(502));
            Assert.That(error.Message, Does.Contain("<h1>502 Bad Gateway</h1> <p>nginx</p>"));
        }

        [Test]
        public async Task An_error_body_is_cut_at_64_KiB()
        {
            _server.Respond(500, new string('x', 200_000), "text/plain");
            using var client = _server.CreateClient();

            var error = await Assert.ThrowsAsync<LettaServerException>(() => client.ListBatchesAsync());

            Assert.That(error!.ResponseBody.Length, Is.EqualTo(64 * 1024));
            Assert.That(error.Message.Length, Is.LessThan(1000));
        }

        [TestCase("[{\"id\":", TestName = "A_truncated_200_body_is_a_response_exception_with_an_excerpt")]
        [TestCase("null", TestName = "A_null_200_body_is_a_response_exception")]
        [TestCase("{\"detail\":\"not a list\"}", TestName = "An_object_instead_of_an_array_is_a_response_exception")]
        [TestCase("<html>maintenance</html>", TestName = "An_html_200_body_is_a_response_exception")]
        [TestCase("[] []", TestName = "Content_after_the_array_is_a_response_exception")]
        [TestCase("[{\"agent_id\":\"a\"}]", TestName = "A_batch_without_an_id_is_a_response_exception")]
        public async Task Bad_success_bodies_raise_a_response_exception_with_an_excerpt(string body)
        {
            _server.RespondJson(body);
            using var client = _server.CreateClient();

            var error = await Assert.ThrowsAsync<LettaResponseException>(() => client.ListBatchesAsync());

            Assert.That(error!.Status, Is.EqualTo(200));
            Assert.That(error.ResponseBody, Is.EqualTo(body));
            Assert.That(error.Message, Does.Contain(body));
        }

        [Test]
        public async Task The_api_key_appears_in_no_exception_text_even_when_the_server_echoes_it()
        {
            var echoed = "{\"detail\":\"bad key Bearer " + ApiKey + "\"}";
            var failures = new Func<Task>[]
            {
                () => { _server.Server.Reset(); _server.RespondJson(echoed, 401, headers: ("x-echo", ApiKey)); return Task.CompletedTask; },
                () => { _server.Server.Reset(); _server.RespondJson("[{\"id\": \"" + ApiKey, 200); return Task.CompletedTask; },
                () => { _server.Server.Reset(); _server.Respond(503, "<p>" + ApiKey + "</p>", "text/html"); return Task.CompletedTask; },
                () => { _server.Server.Reset(); _server.RespondJson(echoed, 422); return Task.CompletedTask; },
            };
            foreach (var arrange in failures)
            {
                await arrange();
                using var client = _server.CreateClient(apiKey: ApiKey);

                var error = await Assert.ThrowsAsync(Is.InstanceOf<LettaApiException>(), () => client.ListBatchesAsync()) as LettaApiException;

                Assert.That(error!.ToString(), Does.Not.Contain(ApiKey));
                Assert.That(error.Message, Does.Not.Contain(ApiKey));
                Assert.That(error.ResponseBody, Does.Not.Contain(ApiKey).And.Contain(SecretRedactor.Mask));
                Assert.That(error.Headers.SelectMany(h => h.Value), Has.None.Contains(ApiKey));
            }
        }

        [Test]
        public async Task A_refused_connection_is_a_connection_exception()
        {
            var port = _server.Server.Port;
            _server.Dispose();
            using var client = new LettaClient(new LettaClientOptions(_ => null) { BaseUrl = new Uri("http://127.0.0.1:" + port + "/"), MaxRetries = 0, ApiKey = ApiKey });

            var error = await Assert.ThrowsAsync<LettaConnectionException>(() => client.ListBatchesAsync());

            Assert.That(error!.ToString(), Does.Not.Contain(ApiKey));
        }
    }
}
