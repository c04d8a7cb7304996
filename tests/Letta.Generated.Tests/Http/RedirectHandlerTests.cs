using System;
using System.Linq;
using System.Threading.Tasks;
using Letta.Generated.Tests.Support;
using NUnit.Framework;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Letta.Generated.Tests.Http
{
    /// <summary>Redirects are followed by the library, and what the user configured stays with its origin.</summary>
    [CancelAfter(30_000)]
    public class RedirectHandlerTests
    {
        private LoopbackServer _origin = null!;
        private LoopbackServer _elsewhere = null!;

        [SetUp]
        public void Start()
        {
            _origin = new LoopbackServer();
            _elsewhere = new LoopbackServer();
        }

        [TearDown]
        public void Stop()
        {
            _origin.Dispose();
            _elsewhere.Dispose();
        }

        private void Redirect(LoopbackServer from, string location, int status = 302) =>
            from.Server.Given(Request.Create().WithPath(LoopbackServer.BatchesPath).UsingGet())
                .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Location", location));

        private LettaClient Client() => _origin.CreateClient(apiKey: "sk-let-redirect-key", configure: o =>
        {
            o.ProjectId = "proj-redirect";
            o.DefaultHeaders["X-Gateway-Secret"] = "gateway-secret-value";
        });

        [Test]
        public async Task A_redirect_to_another_origin_drops_the_key_and_every_configured_header()
        {
            Redirect(_origin, _elsewhere.Server.Url + "/v1/messages/batches");
            _elsewhere.RespondJson("[]");
            using var client = Client();

            await client.ListBatchesAsync().WithinTest();

            var headers = _elsewhere.SingleRequest().Headers!;
            Assert.That(headers.Keys, Has.None.EqualTo("Authorization").IgnoreCase);
            Assert.That(headers.Keys, Has.None.EqualTo("X-Gateway-Secret").IgnoreCase);
            Assert.That(headers.Keys, Has.None.EqualTo("X-Project-Id").IgnoreCase);
            Assert.That(headers["User-Agent"].Single(), Does.StartWith("Letta.Generated/"));
        }

        [Test]
        public async Task A_redirect_within_the_same_origin_keeps_every_header()
        {
            Redirect(_origin, "/letta/v1/messages/batches", status: 307);
            _origin.RespondJson("[]", path: "/letta/v1/messages/batches");
            using var client = Client();

            await client.ListBatchesAsync(limit: 3).WithinTest();

            var followed = _origin.Server.LogEntries.Last().RequestMessage!;
            Assert.That(followed.Path, Is.EqualTo("/letta/v1/messages/batches"));
            Assert.That(followed.Headers!["Authorization"].Single(), Is.EqualTo("Bearer sk-let-redirect-key"));
            Assert.That(followed.Headers["X-Gateway-Secret"].Single(), Is.EqualTo("gateway-secret-value"));
        }

        [TestCase("file:///etc/passwd", "only http and https are followed")]
        [TestCase("ftp://example.com/batches", "only http and https are followed")]
        public async Task A_redirect_to_another_scheme_is_a_response_exception_not_followed(string location, string reason)
        {
            Redirect(_origin, location);
            using var client = Client();

            var error = await Assert.ThrowsAsync<LettaResponseException>(() => client.ListBatchesAsync().WithinTest());

            Assert.That(error!.StatusCode, Is.EqualTo(302));
            Assert.That(error.Message, Is.EqualTo("Letta answered HTTP 302 with a redirect to " + location + ", which this client does not follow: " + reason + "."));
        }

        [Test]
        public async Task Endless_redirects_stop_after_five_with_a_response_exception()
        {
            Redirect(_origin, "/v1/messages/batches");
            using var client = Client();

            var error = await Assert.ThrowsAsync<LettaResponseException>(() => client.ListBatchesAsync().WithinTest());

            Assert.That(error!.Message, Does.Contain("more than 5 redirects in a row"));
            Assert.That(_origin.Server.LogEntries.Count(), Is.EqualTo(6));
        }
    }
}
