using System;
using System.Diagnostics.Metrics;
using System.Threading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Letta.Generated.DependencyInjection
{
    /// <summary>Registers <see cref="ILettaClient"/> and <see cref="LettaClient"/> as a typed client of <c>IHttpClientFactory</c>.</summary>
    public static class LettaServiceCollectionExtensions
    {
        /// <summary>The configuration section <see cref="AddLettaClient(IServiceCollection, IConfiguration)"/> reads by default.</summary>
        public const string ConfigurationSectionName = "Letta";

        /// <summary>
        /// Registers the client with options from code (defaults from the environment, as for
        /// <c>new LettaClientOptions()</c>). Requests go through the library's handlers (retries, per-attempt
        /// timeout, bounded bodies), then the handlers you add to the returned builder, then the primary handler.
        /// Add a resilience handler to the builder (<c>AddStandardResilienceHandler()</c>) and it replaces the
        /// client's own retries and timeout: one retry layer either way. The client logs to the container's
        /// <c>ILoggerFactory</c> and measures with its <c>IMeterFactory</c>, unless the options name their own.
        /// </summary>
        /// <param name="services">The service collection.</param>
        /// <param name="configure">Sets the options; null keeps the defaults.</param>
        /// <returns>The HTTP client builder, to add handlers.</returns>
        public static IHttpClientBuilder AddLettaClient(this IServiceCollection services, Action<LettaClientOptions>? configure = null)
        {
            if (services is null) throw new ArgumentNullException(nameof(services));
            var options = services.AddOptions<LettaClientOptions>();
            if (configure is not null) options.Configure(configure);
            return AddTypedClient(services);
        }

        /// <summary>
        /// Registers the client with options bound from configuration: the <c>Letta</c> section of
        /// <paramref name="configuration"/> (or <paramref name="configuration"/> itself when it has no such section),
        /// over defaults from the environment. Keys: <c>ApiKey</c> (empty means none), <c>BaseUrl</c>,
        /// <c>ProjectId</c>, <c>MaxRetries</c>, <c>NetworkTimeout</c>, <c>MaxRetryAfter</c>, <c>MaxResponseBytes</c>,
        /// <c>DefaultHeaders:&lt;name&gt;</c>.
        /// </summary>
        /// <param name="services">The service collection.</param>
        /// <param name="configuration">The application's configuration, or the Letta section itself.</param>
        /// <returns>The HTTP client builder, to add handlers.</returns>
        public static IHttpClientBuilder AddLettaClient(this IServiceCollection services, IConfiguration configuration)
        {
            if (services is null) throw new ArgumentNullException(nameof(services));
            if (configuration is null) throw new ArgumentNullException(nameof(configuration));
            var section = configuration.GetSection(ConfigurationSectionName);
            services.AddOptions<LettaClientOptions>().Bind(section.Exists() ? section : configuration);
            return AddTypedClient(services);
        }

        private static IHttpClientBuilder AddTypedClient(IServiceCollection services)
        {
            var builder = services.AddHttpClient<ILettaClient, LettaClient>((httpClient, provider) =>
                LettaClient.OverPipeline(httpClient, ResolveOptions(provider)));
            // The library's handlers come first (outermost), so the ones a user adds see every attempt.
            for (var index = 0; index < LettaHttpPipeline.HandlerCount; index++)
            {
                var position = index;
                builder.AddHttpMessageHandler(provider =>
                {
                    var options = ResolveOptions(provider);
                    return LettaHttpPipeline.CreateHandlers(options, SecretRedactor.For(options))[position];
                });
            }

            // Decompression, and no automatic redirects: the library's redirect handler keeps configured headers with their origin.
            builder.ConfigurePrimaryHttpMessageHandler(LettaHttpPipeline.CreateTransport);
            // NetworkTimeout (per attempt) governs; HttpClient's own 100 s would cut retries short.
            builder.ConfigureHttpClient(httpClient => httpClient.Timeout = Timeout.InfiniteTimeSpan);
            services.AddTransient(provider => (LettaClient)provider.GetRequiredService<ILettaClient>());
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IHttpMessageHandlerBuilderFilter, ResilienceHandlerFilter>());
            return builder;
        }

        /// <summary>
        /// A validated copy of the configured options (the registered instance is never changed), with the container's
        /// <see cref="TimeProvider"/>, <see cref="ILoggerFactory"/> and <see cref="IMeterFactory"/> where the options name none.
        /// </summary>
        internal static LettaClientOptions ResolveOptions(IServiceProvider provider)
        {
            var options = provider.GetRequiredService<IOptions<LettaClientOptions>>().Value.Clone();
            if (ReferenceEquals(options.TimeProvider, TimeProvider.System) && provider.GetService<TimeProvider>() is { } time)
            {
                options.TimeProvider = time;
            }

            options.LoggerFactory ??= provider.GetService<ILoggerFactory>();
            options.MeterFactory ??= provider.GetService<IMeterFactory>();

            options.Validate();
            return options;
        }
    }
}
