using System.Net;
using System.Net.Http;

namespace Letta.Generated
{
    /// <summary>
    /// The handler chain every client sends through, whichever way it was built:
    /// <see cref="RetryHandler"/> (retries, per-attempt timeout, errors as <see cref="LettaException"/>)
    /// → <see cref="ResponseBufferingHandler"/> (bounded bodies, read inside the attempt)
    /// → <see cref="RedirectHandler"/> (configured headers stay with their origin) → the transport.
    /// </summary>
    internal static class LettaHttpPipeline
    {
        /// <summary>The chain above <paramref name="transport"/>, for options already validated.</summary>
        public static HttpMessageHandler Create(LettaClientOptions options, SecretRedactor redactor, HttpMessageHandler transport)
        {
            HttpMessageHandler chain = transport;
            var handlers = CreateHandlers(options, redactor);
            ((RetryHandler)handlers[0]).ProxyFor = ProxyOf(transport);
            for (var i = handlers.Length - 1; i >= 0; i--)
            {
                handlers[i].InnerHandler = chain;
                chain = handlers[i];
            }

            return chain;
        }

        /// <summary>How many handlers <see cref="CreateHandlers"/> returns.</summary>
        public const int HandlerCount = 3;

        /// <summary>The handlers, outermost first and not yet chained (IHttpClientFactory chains them).</summary>
        public static DelegatingHandler[] CreateHandlers(LettaClientOptions options, SecretRedactor redactor) => new DelegatingHandler[]
        {
            new RetryHandler(options, redactor),
            new ResponseBufferingHandler(options.MaxResponseBytes, redactor),
            new RedirectHandler(options, redactor),
        };

        /// <summary>
        /// Which proxy <paramref name="transport"/> connects through for a URL (null: none), so a connection failure can
        /// name the proxy rather than Letta. Known only for the platform's handlers; a transport of the user's is opaque.
        /// </summary>
        private static System.Func<System.Uri, System.Uri?>? ProxyOf(HttpMessageHandler transport)
        {
            var (useProxy, proxy) = transport switch
            {
#if NET5_0_OR_GREATER
                SocketsHttpHandler sockets => (sockets.UseProxy, sockets.Proxy),
#endif
                HttpClientHandler handler => (handler.UseProxy, handler.Proxy),
                _ => (false, null),
            };
            if (!useProxy) return null;
#if NETCOREAPP3_0_OR_GREATER
            // No proxy of its own: the platform's default, read from HTTP_PROXY, HTTPS_PROXY, ALL_PROXY and NO_PROXY.
            var used = proxy ?? HttpClient.DefaultProxy;
#else
            var used = proxy ?? WebRequest.DefaultWebProxy;
            if (used is null) return null;
#endif
            return uri => used.IsBypassed(uri) ? null : used.GetProxy(uri);
        }

        /// <summary>The transport of a client built from options.</summary>
        public static HttpMessageHandler CreateTransport()
        {
#if NET5_0_OR_GREATER
            // Pooled connections are recycled so a long-lived client follows DNS changes.
            return new SocketsHttpHandler
            {
                PooledConnectionLifetime = System.TimeSpan.FromMinutes(5),
                AutomaticDecompression = DecompressionMethods.All,
                // RedirectHandler follows redirects, dropping configured headers on the way to another origin.
                AllowAutoRedirect = false,
            };
#else
            return new HttpClientHandler { AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate, AllowAutoRedirect = false };
#endif
        }
    }
}
