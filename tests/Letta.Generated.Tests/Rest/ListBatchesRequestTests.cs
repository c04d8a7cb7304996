using System;
using System.Linq;
using System.Threading.Tasks;
using Letta.Generated.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Tests.Rest
{
    /// <summary>What a List Batches call puts on the wire.</summary>
    public class ListBatchesRequestTests
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

            await client.ListBatchesAsync();

            var request = _server.SingleRequest();
            Assert.That(request.Method, Is.EqualTo("GET"));
            Assert.That(request.Path, Is.EqualTo("/v1/messages/batches"));
            Assert.That(request.RawQuery, Is.Null.Or.Empty);
        }

        [Test]
        public async Task Sends_all_five_query_parameters_with_their_wire_names()
        {
            using var client = _server.CreateClient();

            await client.ListBatchesAsync(new ListBatchesRequest
            {
                Before = "job-b",
                After = "job-a",
                Limit = 25,
                Order = SortOrder.Asc,
                OrderBy = BatchSortField.CreatedAt,
            });

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

            await client.ListBatchesAsync(new ListBatchesRequest { Limit = 0 });

            Assert.That(_server.SingleRequest().RawQuery, Is.EqualTo("?limit=0"));
        }

        [TestCase("job a&b=c/d", "job%20a%26b%3Dc%2Fd")]
        [TestCase("job-é✓", "job-%C3%A9%E2%9C%93")]
        public async Task Escapes_cursor_values(string cursor, string escaped)
        {
            using var client = _server.CreateClient();

            await client.ListBatchesAsync(new ListBatchesRequest { After = cursor });

            var request = _server.SingleRequest();
            Assert.That(request.RawQuery, Is.EqualTo("?after=" + escaped));
            Assert.That(request.Query!["after"].Single(), Is.EqualTo(cursor));
        }

        [Test]
        public async Task Sends_the_bearer_key_when_one_is_configured()
        {
            using var client = _server.CreateClient(apiKey: "sk-let-123");

            await client.ListBatchesAsync();

            Assert.That(_server.SingleRequest().Headers!["Authorization"].Single(), Is.EqualTo("Bearer sk-let-123"));
        }

        [Test]
        public async Task Sends_no_authorization_header_without_a_key()
        {
            using var client = _server.CreateClient(apiKey: null);

            await client.ListBatchesAsync();

            Assert.That(_server.SingleRequest().Headers!.ContainsKey("Authorization"), Is.False);
        }

        [Test]
        public async Task Sends_accept_json_and_a_user_agent_naming_the_library_and_its_version()
        {
            using var client = _server.CreateClient();

            await client.ListBatchesAsync();

            var headers = _server.SingleRequest().Headers!;
            Assert.That(headers["Accept"].Single(), Is.EqualTo("application/json"));
            var version = typeof(LettaClient).Assembly.GetName().Version!;
            Assert.That(headers["User-Agent"].Single(), Does.StartWith("Letta.Generated/" + version.ToString(3)));
        }

        [Test]
        public async Task Sends_the_project_id_and_default_headers()
        {
            using var client = _server.CreateClient(configure: o =>
            {
                o.ProjectId = "proj-1";
                o.DefaultHeaders["X-Trace"] = "abc";
            });

            await client.ListBatchesAsync();

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

            await client.ListBatchesAsync();

            Assert.That(_server.SingleRequest().Path, Is.EqualTo(expectedPath));
        }

        [Test]
        public async Task Rejects_a_negative_limit_before_any_request()
        {
            using var client = _server.CreateClient();

            await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.ListBatchesAsync(new ListBatchesRequest { Limit = -1 }));
            Assert.That(_server.Server.LogEntries, Is.Empty);
        }

        [Test]
        public async Task Rejects_an_empty_cursor_before_any_request()
        {
            using var client = _server.CreateClient();

            var error = await Assert.ThrowsAsync<ArgumentException>(() => client.ListBatchesAsync(new ListBatchesRequest { After = "" }));
            Assert.That(error!.ParamName, Is.EqualTo("After"));
            Assert.That(_server.Server.LogEntries, Is.Empty);
        }
    }
}
