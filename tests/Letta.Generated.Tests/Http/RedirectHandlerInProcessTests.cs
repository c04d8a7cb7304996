using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Letta.Generated.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Tests.Http
{
    /// <summary>
    /// The redirect handler alone over a scripted inner handler (any origin, https included, without sockets): what
    /// it refuses, what it forwards, and that every answer it does not return is disposed.
    /// </summary>
    [CancelAfter(10_000)]
    public class RedirectHandlerInProcessTests
    {
        private readonly List<HttpRequestMessage> _sent = new List<HttpRequestMessage>();
        private readonly List<TrackedContent> _answers = new List<TrackedContent>();

        [SetUp]
        public void Clear()
        {
            // One fixture instance serves every test.
            _sent.Clear();
            _answers.Clear();
        }

        /// <summary>Sends <paramref name="request"/> through the handler; the inner handler redirects to each of <paramref name="locations"/> in turn, then answers 200.</summary>
        private Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, params string[] locations)
        {
            var inner = new StubTransport((sent, attempt) =>
            {
                _sent.Add(sent);
                var content = new TrackedContent();
                _answers.Add(content);
                if (attempt >= locations.Length) return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
                var redirect = new HttpResponseMessage(HttpStatusCode.Found) { Content = content };
                redirect.Headers.Location = new Uri(locations[attempt], UriKind.RelativeOrAbsolute);
                return redirect;
            });
            var options = new LettaClientOptions(_ => null) { ProjectId = "proj-1" };
            options.DefaultHeaders["X-Gateway-Secret"] = "gateway-secret-value";
            var invoker = new HttpMessageInvoker(new RedirectHandler(options, new SecretRedactor(Array.Empty<string>())) { InnerHandler = inner });
            return invoker.SendAsync(request, TestContext.CurrentContext.CancellationToken);
        }

        private static HttpRequestMessage Request(string url)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer sk-let-key");
            request.Headers.TryAddWithoutValidation("X-Project-Id", "proj-1");
            request.Headers.TryAddWithoutValidation("X-Gateway-Secret", "gateway-secret-value");
            request.Headers.TryAddWithoutValidation("Accept", "application/json");
            return request;
        }

        [Test]
        public async Task A_redirect_from_https_to_http_is_refused_saying_it_would_downgrade()
        {
            var error = await Assert.ThrowsAsync<LettaResponseException>(() =>
                SendAsync(Request("https://letta.test/v1/messages/batches"), "http://letta.test/v1/messages/batches").WithinTest());

            Assert.That(error!.Message, Is.EqualTo(
                "Letta answered HTTP 302 with a redirect to http://letta.test/v1/messages/batches, which this client does not follow: it would downgrade https to http."));
            Assert.That(_sent, Has.Count.EqualTo(1));
        }

        [Test]
        public async Task A_refused_redirects_answer_is_disposed()
        {
            await Assert.ThrowsAsync<LettaResponseException>(() => SendAsync(Request("http://letta.test/v1/messages/batches"), "ftp://letta.test/batches").WithinTest());

            Assert.That(_answers.Single().Disposed, Is.True);
        }

        [Test]
        public async Task Each_followed_redirects_answer_is_disposed_and_the_final_answer_is_not()
        {
            using var response = await SendAsync(Request("http://letta.test/v1/messages/batches"), "/a", "/b").WithinTest();

            Assert.That(_answers.Select(a => a.Disposed), Is.EqualTo(new[] { true, true, false }));
            Assert.That(_sent.Select(r => r.RequestUri!.AbsoluteUri), Is.EqualTo(new[]
            {
                "http://letta.test/v1/messages/batches", "http://letta.test/a", "http://letta.test/b",
            }));
        }

        [Test]
        public async Task A_redirect_to_another_host_on_the_same_scheme_and_port_drops_the_configured_headers()
        {
            using var response = await SendAsync(Request("http://letta.test/v1/messages/batches"), "http://elsewhere.test/v1/messages/batches").WithinTest();

            var followed = _sent[1].Headers.Select(h => h.Key).ToList();
            Assert.That(followed, Has.None.EqualTo("Authorization").IgnoreCase);
            Assert.That(followed, Has.None.EqualTo("X-Project-Id").IgnoreCase);
            Assert.That(followed, Has.None.EqualTo("X-Gateway-Secret").IgnoreCase);
            Assert.That(followed, Has.One.EqualTo("Accept"));
        }

        [Test]
        public async Task A_request_body_and_version_go_with_the_request_through_redirects_and_the_body_stays_readable()
        {
            using var request = Request("http://letta.test/v1/messages/batches");
            request.Version = new Version(2, 0);
            request.Content = new StringContent("{\"q\":1}");

            using var response = await SendAsync(request, "/a", "/b").WithinTest();

            Assert.That(_sent[2].Version, Is.EqualTo(new Version(2, 0)));
            Assert.That(await _sent[2].Content!.ReadAsStringAsync(), Is.EqualTo("{\"q\":1}"));
            Assert.That(await request.Content.ReadAsStringAsync(), Is.EqualTo("{\"q\":1}"), "a retry sends the caller's body again");
        }
    }
}
