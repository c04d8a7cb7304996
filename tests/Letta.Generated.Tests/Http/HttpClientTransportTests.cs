using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Tests.Http
{
    /// <summary>The transport over a user's HttpClient sends a copy of each request: the same method, URL, version, body and headers.</summary>
    [CancelAfter(10_000)]
    public class HttpClientTransportTests
    {
        [Test]
        public async Task The_users_HttpClient_receives_a_copy_with_the_method_url_version_body_and_headers()
        {
            HttpRequestMessage? received = null;
            string? body = null;
            using var httpClient = new HttpClient(new StubTransport((request, _, _) =>
            {
                received = request;
                return request.Content!.ReadAsStringAsync(CancellationToken.None).ContinueWith(t =>
                {
                    body = t.Result;
                    return new HttpResponseMessage(HttpStatusCode.OK);
                }, TaskScheduler.Default);
            }));
            using var invoker = new HttpMessageInvoker(new HttpClientTransport(httpClient));
            using var request = new HttpRequestMessage(HttpMethod.Post, "http://letta.test/v1/messages/batches") { Version = new Version(2, 0), Content = new StringContent("{\"q\":1}") };
            request.Headers.TryAddWithoutValidation("X-Custom", "value-1");

            using var response = await invoker.SendAsync(request, TestContext.CurrentContext.CancellationToken).WithinTest();

            Assert.That(received, Is.Not.SameAs(request));
            Assert.That(received!.Method, Is.EqualTo(HttpMethod.Post));
            Assert.That(received.RequestUri, Is.EqualTo(new Uri("http://letta.test/v1/messages/batches")));
            Assert.That(received.Version, Is.EqualTo(new Version(2, 0)));
            Assert.That(body, Is.EqualTo("{\"q\":1}"));
            Assert.That(received.Headers.GetValues("X-Custom"), Is.EqualTo(new[] { "value-1" }));
        }
    }
}
