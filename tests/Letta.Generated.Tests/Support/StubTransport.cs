using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Letta.Generated.Tests.Support
{
    /// <summary>An in-memory transport: each request is answered by a function of the test's, counted.</summary>
    internal sealed class StubTransport : HttpMessageHandler
    {
        private readonly Func<HttpRequestMessage, int, CancellationToken, Task<HttpResponseMessage>> _respond;
        private int _requests;

        public StubTransport(Func<HttpRequestMessage, int, HttpResponseMessage> respond)
            : this((request, attempt, _) => Task.FromResult(respond(request, attempt)))
        {
        }

        public StubTransport(Func<HttpRequestMessage, int, CancellationToken, Task<HttpResponseMessage>> respond) => _respond = respond;

        public int Requests => Volatile.Read(ref _requests);

        /// <summary>A client over this transport, through the library's whole pipeline (a given HttpClient).</summary>
        public LettaClient CreateClient(Action<LettaClientOptions>? configure = null)
        {
            var options = new LettaClientOptions(_ => null) { BaseUrl = new Uri("http://letta.test/"), MaxRetries = 0 };
            configure?.Invoke(options);
            return new LettaClient(new HttpClient(this, disposeHandler: false), options);
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var attempt = Interlocked.Increment(ref _requests) - 1;
            return _respond(request, attempt, cancellationToken);
        }
    }
}
