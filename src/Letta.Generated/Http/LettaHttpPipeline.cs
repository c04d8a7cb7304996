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
            new RetryHandler(options, redactor, Jitter.Next),
            new ResponseBufferingHandler(options.MaxResponseBytes, redactor),
            new RedirectHandler(options, redactor),
        };

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
