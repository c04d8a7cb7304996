using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading.Tasks;
using Letta.Generated.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Tests.Http
{
    /// <summary>A proxy that is down is named as the proxy, on loopback: a closed port stands for it.</summary>
    [CancelAfter(10_000)]
    public class ProxyFailureTests
    {
        private static int ClosedPort()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }

        /// <summary>One GET through the client's pipeline (no retries) over <paramref name="transport"/>: the connection failure it raises.</summary>
        private static async Task<LettaConnectionException> FailureAsync(HttpMessageHandler transport, string url)
        {
            var options = new LettaClientOptions(_ => null) { MaxRetries = 0 };
            using var invoker = new HttpMessageInvoker(LettaHttpPipeline.Create(options, new SecretRedactor(Array.Empty<string>()), transport));
            var error = await Assert.ThrowsAsync<LettaConnectionException>(() =>
                invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, url), TestContext.CurrentContext.CancellationToken).WithinTest());
            return error!;
        }

        [Test]
        public async Task A_proxy_that_is_down_is_named_as_the_proxy_without_its_password()
        {
            var port = ClosedPort();
            var transport = new SocketsHttpHandler { Proxy = new WebProxy(new Uri("http://127.0.0.1:" + port)) { Credentials = new NetworkCredential("user", "proxy-secret") }, UseProxy = true };
            var error = await FailureAsync(transport, "http://letta.test/v1/messages/batches");

            Assert.That(error.Message, Does.StartWith("Could not reach the proxy http://127.0.0.1:" + port + " (for Letta at http://letta.test:80) after 1 attempt(s): "));
            Assert.That(error.Message, Does.EndWith("; check HTTP_PROXY / HTTPS_PROXY / NO_PROXY or the proxy itself."));
            Assert.That(error.Message, Does.Not.Contain("proxy-secret"));
        }

        [Test]
        public async Task Without_a_proxy_an_unreachable_server_is_named_as_the_server()
        {
            var port = ClosedPort();
            var transport = new SocketsHttpHandler { UseProxy = false };
            var error = await FailureAsync(transport, "http://127.0.0.1:" + port + "/v1/messages/batches");

            Assert.That(error.Message, Does.StartWith("Could not reach Letta at http://127.0.0.1:" + port + " after 1 attempt(s): "));
        }

        [Test]
        public async Task A_server_the_proxy_bypasses_is_named_as_the_server()
        {
            var port = ClosedPort();
            var proxy = new WebProxy(new Uri("http://proxy.test:3128"), BypassOnLocal: false, BypassList: new[] { @"127\.0\.0\.1" });
            var transport = new SocketsHttpHandler { Proxy = proxy, UseProxy = true };
            var error = await FailureAsync(transport, "http://127.0.0.1:" + port + "/v1/messages/batches");

            Assert.That(error.Message, Does.StartWith("Could not reach Letta at http://127.0.0.1:" + port + " after 1 attempt(s): "));
        }

        [Test]
        [NonParallelizable]
        public async Task A_transport_of_the_users_own_is_never_reported_as_a_proxy_failure_even_with_a_default_proxy()
        {
            // A transport this library cannot see into: whether it uses a proxy is unknown, so the failure is the server's.
            var transport = new StubTransport((_, _) => throw new HttpRequestException("Connection refused", new SocketException((int)SocketError.ConnectionRefused)));
            var saved = HttpClient.DefaultProxy;
            HttpClient.DefaultProxy = new WebProxy(new Uri("http://proxy.test:3128"));
            try
            {
                var error = await FailureAsync(transport, "http://letta.test/v1/messages/batches");

                Assert.That(error.Message, Is.EqualTo("Could not reach Letta at http://letta.test:80 after 1 attempt(s): Connection refused"));
            }
            finally
            {
                HttpClient.DefaultProxy = saved;
            }
        }
    }
}
