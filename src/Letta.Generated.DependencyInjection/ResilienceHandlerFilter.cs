using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using Microsoft.Extensions.Http;

namespace Letta.Generated.DependencyInjection
{
    /// <summary>
    /// One retry layer, whatever the user composes. When the Letta client's HttpClient also has a resilience handler
    /// of the user's (<c>AddStandardResilienceHandler</c>, <c>AddResilienceHandler</c>, or Polly v7's
    /// <c>AddPolicyHandler</c>/<c>AddTransientHttpErrorPolicy</c>), that handler's retries and timeouts replace the
    /// client's own: the library's first handler keeps only its translation of failures into
    /// <see cref="LettaException"/>s, and the user's handler moves right after it, so its attempts and timeouts cover
    /// the whole response, body included. Runs after every configuration of the client (a filter sees the finished list).
    /// </summary>
    internal sealed class ResilienceHandlerFilter : IHttpMessageHandlerBuilderFilter
    {
        private static readonly string[] ResilienceHandlerTypes =
        {
            "Microsoft.Extensions.Http.Resilience.ResilienceHandler",
            "Microsoft.Extensions.Http.PolicyHttpMessageHandler",
        };

        public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) => builder =>
        {
            next(builder);
            var handlers = builder.AdditionalHandlers;
            var ours = handlers.OfType<RetryHandler>().FirstOrDefault();
            var theirs = handlers.Where(IsResilienceHandler).ToList();
            if (ours is null || theirs.Count == 0) return;

            var translateOnly = LettaServiceCollectionExtensions.ResolveOptions(builder.Services);
            translateOnly.MaxRetries = 0;
            translateOnly.NetworkTimeout = Timeout.InfiniteTimeSpan;
            var position = handlers.IndexOf(ours);
            handlers[position] = new RetryHandler(translateOnly, SecretRedactor.For(translateOnly));
            foreach (var handler in theirs) handlers.Remove(handler);
            for (var i = 0; i < theirs.Count; i++) handlers.Insert(position + 1 + i, theirs[i]);
        };

        private static bool IsResilienceHandler(DelegatingHandler handler)
        {
            for (var type = handler.GetType(); type is not null; type = type.BaseType)
            {
                if (ResilienceHandlerTypes.Contains(type.FullName)) return true;
            }

            return false;
        }
    }
}
