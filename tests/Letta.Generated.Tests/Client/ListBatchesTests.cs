using System;
using System.Linq;
using System.Threading.Tasks;
using Letta.Generated.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Tests.Client
{
    /// <summary>What the generated <c>ListBatchesAsync</c> puts on the wire, with the hand-written request hook's headers.</summary>
    [CancelAfter(30_000)]
    public class ListBatchesTests
    {
        private LoopbackServer _server = null!;

        [SetUp]
        public void StartServer()
        {
            _server = new LoopbackServer();
            _server.RespondJson("[]");
            _server.RespondJson("[]", path: "/letta" + LoopbackServer.BatchesPath);
        }

        [TearDown]
        public void StopServer() => _server.Dispose();

        [Test]
        public async Task Sends_a_GET_to_v1_messages_batches_with_no_query_by_default()
        {
            using var client = _server.CreateClient();

            await client.ListBatchesAsync().WithinTest();

            var request = _server.SingleRequest();
            Assert.That(request.Method, Is.EqualTo("GET"));
            Assert.That(request.Path, Is.EqualTo("/v1/messages/batches"));
            Assert.That(request.RawQuery, Is.Null.Or.Empty);
        }

        [Test]
        public async Task Sends_all_five_query_parameters_with_their_wire_names()
        {
            using var client = _server.CreateClient();

            await client.ListBatchesAsync(before: "job-b", after: "job-a", limit: 25, order: SortOrder.Asc, orderBy: BatchSortField.CreatedAt).WithinTest();

            var query = _server.SingleRequest().Query!;
            Assert.That(query["before"].Single(), Is.EqualTo("job-b"));
            Assert.That(query["after"].Single(), Is.EqualTo("job-a"));
            Assert.That(query["limit"].Single(), Is.EqualTo("25"));
            Assert.That(query["order"].Single(), Is.EqualTo("asc"));
            Assert.That(query["order_by"].Single(), Is.EqualTo("created_at"));
        }

        [Test]
        public async Task Leaves_null_parameters_out_of_the_url()
        {
            using var client = _server.CreateClient();

            await client.ListBatchesAsync(limit: 0).WithinTest();

            Assert.That(_server.SingleRequest().RawQuery, Is.EqualTo("?limit=0"));
        }

        [Test]
        public async Task Sends_an_order_value_this_version_does_not_know_as_given()
        {
            using var client = _server.CreateClient();

            await client.ListBatchesAsync(order: new SortOrder("relevance")).WithinTest();

            Assert.That(_server.SingleRequest().RawQuery, Is.EqualTo("?order=relevance"));
        }

        [TestCase("job a&b=c/d", "job%20a%26b%3Dc%2Fd")]
        [TestCase("job-é✓", "job-%C3%A9%E2%9C%93")]
        public async Task Escapes_cursor_values(string cursor, string escaped)
        {
            using var client = _server.CreateClient();

            await client.ListBatchesAsync(after: cursor).WithinTest();

            var request = _server.SingleRequest();
            Assert.That(request.RawQuery, Is.EqualTo("?after=" + escaped));
            Assert.That(request.Query!["after"].Single(), Is.EqualTo(cursor));
        }

        [Test]
        public async Task Sends_the_bearer_key_when_one_is_configured()
        {
            using var client = _server.CreateClient(apiKey: "sk-let-123");

            await client.ListBatchesAsync().WithinTest();

            Assert.That(_server.SingleRequest().Headers!["Authorization"].Single(), Is.EqualTo("Bearer sk-let-123"));
        }

        [TestCase(null)]
        [TestCase("")]
        [TestCase("   ")]
        public async Task Sends_no_authorization_header_without_a_key(string? apiKey)
        {
            using var client = _server.CreateClient(apiKey: apiKey);

            await client.ListBatchesAsync().WithinTest();

            Assert.That(_server.SingleRequest().Headers!.ContainsKey("Authorization"), Is.False);
        }

        [Test]
        public async Task Sends_accept_json_and_a_user_agent_naming_the_library_and_its_version()
        {
            using var client = _server.CreateClient();

            await client.ListBatchesAsync().WithinTest();

            var headers = _server.SingleRequest().Headers!;
            Assert.That(headers["Accept"].Single(), Is.EqualTo("application/json"));
            Assert.That(headers["User-Agent"].Single(), Does.StartWith("Letta.Generated/0.1.0"));
        }

        [Test]
        public async Task Sends_the_project_id_and_default_headers()
        {
            using var client = _server.CreateClient(configure: o =>
            {
                o.ProjectId = "proj-1";
                o.DefaultHeaders["X-Trace"] = "abc";
            });

            await client.ListBatchesAsync().WithinTest();

            var headers = _server.SingleRequest().Headers!;
            Assert.That(headers["X-Project-Id"].Single(), Is.EqualTo("proj-1"));
            Assert.That(headers["X-Trace"].Single(), Is.EqualTo("abc"));
        }

        [TestCase("", "/v1/messages/batches")]
        [TestCase("/", "/v1/messages/batches")]
        [TestCase("/letta", "/letta/v1/messages/batches")]
        [TestCase("/letta/", "/letta/v1/messages/batches")]
        public async Task Joins_the_base_url_with_or_without_a_trailing_slash_or_path_prefix(string suffix, string expectedPath)
        {
            var baseUrl = new Uri(_server.Server.Url + suffix);
            using var client = _server.CreateClient(configure: o => o.BaseUrl = baseUrl);

            await client.ListBatchesAsync().WithinTest();

            Assert.That(_server.SingleRequest().Path, Is.EqualTo(expectedPath));
        }

        [Test]
        public async Task Returns_the_status_and_case_insensitive_headers_with_the_batches()
        {
            _server.RespondJson("[]", headers: ("X-Request-ID", "req-7"));
            using var client = _server.CreateClient();

            var response = await client.ListBatchesAsync().WithinTest();

            Assert.That(response.StatusCode, Is.EqualTo(200));
            Assert.That(response.Result, Is.Empty);
            Assert.That(response.GetHeader("x-request-id"), Is.EqualTo("req-7"));
            Assert.That(response.Headers["X-REQUEST-ID"].Single(), Is.EqualTo("req-7"));
        }

        [Test]
        public async Task Rejects_a_negative_limit_before_any_request()
        {
            using var client = _server.CreateClient();

            var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.ListBatchesAsync(limit: -1).WithinTest());

            Assert.That(error!.ParamName, Is.EqualTo("limit"));
            Assert.That(_server.Server.LogEntries, Is.Empty);
        }
    }
}
