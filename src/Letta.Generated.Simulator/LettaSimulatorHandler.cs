using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Letta.Generated.Simulator
{
    /// <summary>
    /// An <see cref="HttpMessageHandler"/> that answers from a <see cref="SimulatedLettaServer"/> in-process: no socket,
    /// no web server. Requests go through the same path as over loopback HTTP (faults, validation, the request log).
    /// </summary>
    /// <remarks>
    /// There is no transport, so there is no redirect following and no decompression: a client sees a 3xx and a
    /// <c>Content-Encoding</c> exactly as the simulator sent them (over a real <c>HttpClientHandler</c> these may be
    /// handled before the client's code sees them). Headers are passed without validation, as they would arrive.
    /// Streamed bodies (stalled, dripping, reset, oversized) are read straight from the simulator as the client reads.
    /// </remarks>
    public sealed class LettaSimulatorHandler : HttpMessageHandler
    {
        /// <summary>Creates a handler serving <paramref name="server"/>.</summary>
        /// <param name="server">The simulated server; disposing the handler leaves it running.</param>
        public LettaSimulatorHandler(SimulatedLettaServer server)
        {
            Server = server ?? throw new ArgumentNullException(nameof(server));
        }

        /// <summary>The simulated server this handler serves.</summary>
        public SimulatedLettaServer Server { get; }

        /// <inheritdoc />
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request is null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            var uri = request.RequestUri ?? throw new InvalidOperationException("The request has no URI.");
            if (!uri.IsAbsoluteUri)
            {
                throw new InvalidOperationException("The request URI must be absolute; give the HttpClient a BaseAddress such as SimulatedLettaServer.BaseUrl.");
            }

            cancellationToken.ThrowIfCancellationRequested();
            var simulated = new SimulatedRequest(request.Method.Method, uri.AbsolutePath, uri.Query, RequestHeaders(request));
            var answer = await Server.HandleAsync(simulated, cancellationToken).ConfigureAwait(false);
            return ToHttpResponse(answer, request);
        }

        /// <inheritdoc />
        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
            SendAsync(request, cancellationToken).GetAwaiter().GetResult();

        // NonValidated: the headers as they would be written on the wire, without parsing them again.
        private static IEnumerable<KeyValuePair<string, string>> RequestHeaders(HttpRequestMessage request)
        {
            foreach (var header in request.Headers.NonValidated)
            {
                yield return new KeyValuePair<string, string>(header.Key, header.Value.ToString());
            }

            if (request.Content is not null)
            {
                foreach (var header in request.Content.Headers.NonValidated)
                {
                    yield return new KeyValuePair<string, string>(header.Key, header.Value.ToString());
                }
            }
        }

        private static HttpResponseMessage ToHttpResponse(SimulatedResponse answer, HttpRequestMessage request)
        {
            // A real response always has content; an empty body is zero bytes, not null.
            HttpContent content = answer.Body is null ? new ByteArrayContent(Array.Empty<byte>()) : new StreamContent(answer.Body);
            var response = new HttpResponseMessage((HttpStatusCode)answer.StatusCode)
            {
                Content = content,
                RequestMessage = request,
                Version = HttpVersion.Version11,
            };

            foreach (var header in answer.Headers)
            {
                // Response headers first; what HttpResponseHeaders refuses is a content header (Content-Type, -Encoding...).
                if (!response.Headers.TryAddWithoutValidation(header.Key, header.Value))
                {
                    content.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
            }

            if (answer.IsBodyStreamed)
            {
                // As on the wire: a body produced while it is sent has no length up front.
                response.Headers.TransferEncodingChunked = true;
            }

            return response;
        }
    }
}
