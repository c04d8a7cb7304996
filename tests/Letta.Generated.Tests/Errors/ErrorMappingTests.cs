using System;
using System.Linq;
using System.Threading.Tasks;
using Letta.Generated.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Tests.Errors
{
    /// <summary>
    /// Every error status becomes its typed exception (raised from the generated client's response hook), and
    /// every bad 2xx body a <see cref="LettaResponseException"/>, with status, headers, body and what Letta said.
    /// </summary>
    [CancelAfter(30_000)]
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

            var error = await Assert.ThrowsAsync(expected, () => client.ListBatchesAsync().WithinTest()) as LettaApiException;

            Assert.That(error!.StatusCode, Is.EqualTo(status));
            Assert.That(error.ResponseBody, Is.EqualTo("{\"detail\":\"it went wrong\"}"));
            Assert.That(error.RequestId, Is.EqualTo("req-42"));
            Assert.That(error.Headers["Content-Type"].Single(), Does.StartWith("application/json"));
            Assert.That(error.Detail, Is.EqualTo("it went wrong"));
            Assert.That(error.Message, Does.Contain(status.ToString()).And.Contain("it went wrong"));
        }

        [Test]
        public async Task A_422_with_Lettas_string_detail_keeps_the_text()
        {
            var detail = "[{'type': 'int_parsing', 'loc': ('query', 'limit'), 'msg': 'Input should be a valid integer', 'input': 'x'}]";
            _server.RespondJson("{\"trace_id\":\"t-1\",\"detail\":\"" + detail + "\"}", 422);
            using var client = _server.CreateClient();

            var error = await Assert.ThrowsAsync<LettaUnprocessableEntityException>(() => client.ListBatchesAsync().WithinTest());

            Assert.That(error!.Detail, Is.EqualTo(detail));
            Assert.That(error.Errors, Is.Empty);
            Assert.That(error.ResponseBody, Does.Contain("t-1"));
        }

        [Test]
        public async Task A_422_with_the_declared_detail_list_parses_each_validation_error()
        {
            _server.RespondJson("{\"detail\":[{\"loc\":[\"query\",\"limit\"],\"msg\":\"Input should be a valid integer\",\"type\":\"int_parsing\"},{\"loc\":[\"query\",0],\"msg\":\"m2\",\"type\":\"t2\"}]}", 422);
            using var client = _server.CreateClient();

            var error = await Assert.ThrowsAsync<LettaUnprocessableEntityException>(() => client.ListBatchesAsync().WithinTest());

            Assert.That(error!.Errors, Has.Count.EqualTo(2));
            Assert.That(error.Errors[0].Loc, Is.EqualTo(new object[] { "query", "limit" }));
            Assert.That(error.Errors[0].Msg, Is.EqualTo("Input should be a valid integer"));
            Assert.That(error.Errors[1].Loc[1], Is.EqualTo(0L));
            Assert.That(error.Detail, Is.EqualTo("query.limit: Input should be a valid integer; query.0: m2"));
            Assert.That(error.Message, Does.Contain("query.limit: Input should be a valid integer"));
        }

        [Test]
        public async Task An_unknown_cursor_400_names_the_cursor()
        {
            _server.RespondJson("{\"detail\":\"Job with id job-gone not found\"}", 400);
            using var client = _server.CreateClient();

            var error = await Assert.ThrowsAsync<LettaCursorNotFoundException>(() => client.ListBatchesAsync(before: "job-gone").WithinTest());

            Assert.That(error!.Cursor, Is.EqualTo("job-gone"));
            Assert.That(error.Message, Does.Contain("job-gone"));
        }

        [Test]
        public async Task A_429_carries_the_servers_retry_delay()
        {
            _server.RespondJson("{}", 429, headers: ("Retry-After", "7"));
            using var client = _server.CreateClient();

            var error = await Assert.ThrowsAsync<LettaRateLimitException>(() => client.ListBatchesAsync().WithinTest());

            Assert.That(error!.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(7)));
        }

        [Test]
        public async Task An_html_502_surfaces_with_a_body_excerpt()
        {
            _server.Respond(502, "<html><body><h1>502 Bad Gateway</h1>\n<p>nginx</p></body></html>", "text/html");
            using var client = _server.CreateClient();

            var error = await Assert.ThrowsAsync<LettaServerException>(() => client.ListBatchesAsync().WithinTest());

            Assert.That(error!.StatusCode, Is.EqualTo(502));
            Assert.That(error.Message, Does.Contain("<h1>502 Bad Gateway</h1> <p>nginx</p>"));
        }

        [Test]
        public async Task An_error_body_is_cut_at_64_KiB()
        {
            _server.Respond(500, new string('x', 200_000), "text/plain");
            using var client = _server.CreateClient();

            var error = await Assert.ThrowsAsync<LettaServerException>(() => client.ListBatchesAsync().WithinTest());

            Assert.That(error!.ResponseBody.Length, Is.EqualTo(64 * 1024));
            Assert.That(error.Message.Length, Is.LessThan(1000));
        }

        [TestCase("[{\"id\":", "There is an open JSON object or array that should be closed. LineNumber: 0 | BytePositionInLine: 7", TestName = "A_truncated_200_body_is_a_response_exception_saying_where_it_ends")]
        [TestCase("null", "empty or JSON null", TestName = "A_null_200_body_is_a_response_exception")]
        [TestCase("{\"detail\":\"not a list\"}", "expected a JSON array, found an object", TestName = "An_object_instead_of_an_array_is_a_response_exception")]
        [TestCase("<html>maintenance</html>", "'<' is an invalid start of a value", TestName = "An_html_200_body_is_a_response_exception")]
        [TestCase("[] []", "'[' is invalid after a single JSON value", TestName = "Content_after_the_array_is_a_response_exception")]
        [TestCase("[{\"agent_id\":\"a\"}]", "Required property 'id' not found", TestName = "A_batch_without_an_id_is_a_response_exception_naming_id")]
        [TestCase("[{\"id\":\"job-1\",\"created_at\":\"yesterday\"}]", "[0].created_at", TestName = "A_malformed_date_is_a_response_exception_naming_the_field")]
        [TestCase("[{\"id\":\"job-1\",\"ttft_ns\":\"fast\"}]", "[0].ttft_ns", TestName = "A_string_where_a_number_belongs_is_a_response_exception_naming_the_field")]
        [TestCase("[{\"id\":\"job-1\",\"ttft_ns\":1e400}]", "[0].ttft_ns", TestName = "A_number_too_large_for_its_field_is_a_response_exception_naming_the_field")]
        public async Task Bad_success_bodies_raise_a_response_exception_saying_what_is_wrong(string body, string reason)
        {
            _server.RespondJson(body);
            using var client = _server.CreateClient();

            var error = await Assert.ThrowsAsync<LettaResponseException>(() => client.ListBatchesAsync().WithinTest());

            Assert.That(error!.StatusCode, Is.EqualTo(200));
            Assert.That(error.ResponseBody, Is.EqualTo(body));
            Assert.That(error.Message, Does.StartWith("Letta returned 200 OK but the body is not a JSON array of BatchJob: ").And.Contain(reason));
        }

        [Test]
        public async Task Metadata_nested_200_levels_deep_is_read()
        {
            _server.RespondJson("[{\"id\":\"job-1\",\"metadata\":{\"a\":" + new string('[', 200) + new string(']', 200) + "}}]");
            using var client = _server.CreateClient();

            var response = await client.ListBatchesAsync().WithinTest();

            Assert.That(response.Result.Single().Metadata!["a"], Is.InstanceOf<Newtonsoft.Json.Linq.JArray>());
        }

        [Test]
        public async Task Metadata_nested_deeper_than_256_levels_fails_that_page_with_a_response_exception()
        {
            _server.RespondJson("[{\"id\":\"job-1\",\"metadata\":{\"a\":" + new string('[', 300) + new string(']', 300) + "}}]");
            using var client = _server.CreateClient();

            var error = await Assert.ThrowsAsync<LettaResponseException>(() => client.ListBatchesAsync().WithinTest());

            Assert.That(error!.Message, Does.Contain("[0].metadata: The maximum configured depth of 256 has been exceeded"));
        }

        [Test]
        public async Task A_503_carries_the_servers_retry_delay_too()
        {
            _server.RespondJson("{}", 503, headers: ("retry-after-ms", "1500"));
            using var client = _server.CreateClient();

            var error = await Assert.ThrowsAsync<LettaServerException>(() => client.ListBatchesAsync().WithinTest());

            Assert.That(error!.RetryAfter, Is.EqualTo(TimeSpan.FromMilliseconds(1500)));
        }

        [Test]
        public async Task Control_characters_from_the_server_are_escaped_in_the_message_and_kept_in_the_detail()
        {
            _server.RespondJson("{\"detail\":\"bad\\u001b]0;pwned\\u0007\\r\\nline\"}", 400);
            using var client = _server.CreateClient();

            var error = await Assert.ThrowsAsync<LettaBadRequestException>(() => client.ListBatchesAsync().WithinTest());

            Assert.That(error!.Message, Does.Contain("bad\\u001b]0;pwned\\u0007 line"));
            Assert.That(error.Message.Where(char.IsControl), Is.Empty);
            Assert.That(error.Detail, Is.EqualTo("bad\u001b]0;pwned\u0007\r\nline"));
        }

        [TestCase("\\u2066", "\\u2066")]
        [TestCase("\\u202a", "\\u202a")]
        [TestCase("\\u200e", "\\u200e")]
        [TestCase("\\u061c", "\\u061c")]
        public async Task Direction_marks_from_the_server_are_escaped_in_the_message(string jsonEscape, string shown)
        {
            _server.RespondJson("{\"detail\":\"evil" + jsonEscape + "txt\"}", 400);
            using var client = _server.CreateClient();

            var error = await Assert.ThrowsAsync<LettaBadRequestException>(() => client.ListBatchesAsync().WithinTest());

            Assert.That(error!.Message, Is.EqualTo("Letta returned 400 Bad Request: evil" + shown + "txt"));
        }

        [Test]
        public async Task The_reason_and_the_start_of_a_bad_200_body_are_separated()
        {
            _server.RespondJson("[{\"id\":\"job-1\",\"created_at\":\"yesterday\"}]");
            using var client = _server.CreateClient();

            var error = await Assert.ThrowsAsync<LettaResponseException>(() => client.ListBatchesAsync().WithinTest());

            Assert.That(error!.Message, Does.Contain("; body starts: [{\"id\":\"job-1\""));
        }

        [Test]
        public async Task An_error_body_with_a_bogus_charset_is_still_read()
        {
            _server.Respond(500, "{\"detail\":\"boom\"}", "application/json; charset=no-such-charset");
            using var client = _server.CreateClient();

            var error = await Assert.ThrowsAsync<LettaServerException>(() => client.ListBatchesAsync().WithinTest());

            Assert.That(error!.Detail, Is.EqualTo("boom"));
        }

        [Test]
        public async Task A_refused_connection_is_a_connection_exception()
        {
            using var refusing = new RefusingPort();
            using var client = new LettaClient(new LettaClientOptions(_ => null) { BaseUrl = refusing.BaseUrl, MaxRetries = 0, ApiKey = ApiKey });

            var error = await Assert.ThrowsAsync<LettaConnectionException>(() => client.ListBatchesAsync().WithinTest());

            Assert.That(error!.ToString(), Does.Not.Contain(ApiKey));
        }
    }
}
