using System;
using Letta.Generated.Cli.Commands;
using Letta.Generated.Testing;

namespace Letta.Generated.Cli.Connection
{
    /// <summary>
    /// The client the command talks through: <c>--base-url</c>/<c>--api-key</c>, else <c>LETTA_BASE_URL</c>/
    /// <c>LETTA_API_KEY</c> (and <c>LETTA_CUSTOM_HEADERS</c>), else the demo server.
    /// </summary>
    internal sealed class ServerConnection : IDisposable
    {
        private readonly LettaClient _client;
        private readonly LettaSimulator? _demo;

        private ServerConnection(LettaClient client, Uri baseUrl, bool hasApiKey, LettaSimulator? demo)
        {
            _client = client;
            BaseUrl = baseUrl;
            HasApiKey = hasApiKey;
            _demo = demo;
        }

        public ILettaClient Client => _client;

        public Uri BaseUrl { get; }

        public bool HasApiKey { get; }

        public bool IsDemo => _demo is not null;

        /// <summary>Connects (starting the demo server when nothing is configured).</summary>
        /// <exception cref="UsageException">The URL or key is malformed.</exception>
        public static ServerConnection Open(ListSettings settings, CliContext context)
        {
            LettaClientOptions options;
            try
            {
                options = new LettaClientOptions(context.Environment);
            }
            catch (ArgumentException exception)
            {
                throw new UsageException("invalid LETTA_CUSTOM_HEADERS: " + exception.Message, exception);
            }

            var configured = settings.BaseUrl is not null || settings.ApiKey is not null
                || !string.IsNullOrWhiteSpace(context.Environment("LETTA_BASE_URL"))
                || !string.IsNullOrWhiteSpace(context.Environment("LETTA_API_KEY"));
            LettaSimulator? demo = null;
            if (!configured)
            {
                demo = DemoServer.Start();
                options.BaseUrl = demo.BaseUrl;
                options.ApiKey = null;
                DemoServer.WriteNote(context.Stderr, demo);
            }
            if (settings.BaseUrl is not null)
            {
                options.BaseUrl = Uri.TryCreate(settings.BaseUrl, UriKind.Absolute, out var url)
                    ? url
                    : throw new UsageException("--base-url must be an absolute http or https URL, such as https://api.letta.com; got '" + settings.BaseUrl + "'.");
            }
            if (settings.ApiKey is not null)
            {
                options.ApiKey = settings.ApiKey;
            }

            try
            {
                options.Validate();
                return new ServerConnection(new LettaClient(options), options.BaseUrl, options.ApiKey is not null, demo);
            }
            catch (ArgumentException exception)
            {
                demo?.Dispose();
                // The library's messages never contain the key.
                throw new UsageException(exception.Message, exception);
            }
        }

        public void Dispose()
        {
            _client.Dispose();
            _demo?.Dispose();
        }
    }
}
