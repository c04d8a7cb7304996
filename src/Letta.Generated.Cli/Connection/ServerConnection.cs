using System;
using System.Net.Http;
using Letta.Generated.Cli.Options;

namespace Letta.Generated.Cli.Connection
{
    /// <summary>
    /// The client the listing talks through: the demo server with <c>--demo</c>; otherwise <c>--base-url</c>/
    /// <c>--api-key</c>, else <c>LETTA_BASE_URL</c>/<c>LETTA_API_KEY</c> (and <c>LETTA_CUSTOM_HEADERS</c>), else
    /// Letta Cloud. Configuration the library refuses is a <see cref="UsageException"/> (exit 2) whose message comes
    /// from the library, which never puts a secret in it.
    /// </summary>
    internal sealed class ServerConnection : IDisposable
    {
        private readonly IDisposable[] _owned;

        private ServerConnection(LettaClient client, string description, params IDisposable[] owned)
        {
            Client = client;
            Description = description;
            _owned = owned;
        }

        public LettaClient Client { get; }

        /// <summary>For <c>--verbose</c>: the server and whether a key is set (never the key).</summary>
        public string Description { get; }

        /// <summary>
        /// <see cref="Open"/> for a command: a configuration error is reported as a usage error, and then the result is
        /// null and <paramref name="exitCode"/> is the exit code to return.
        /// </summary>
        /// <param name="options">The parsed options.</param>
        /// <param name="host">Where the tool runs.</param>
        /// <param name="logs">The library's log events go here, or null.</param>
        /// <param name="reporter">Where the usage error is said.</param>
        /// <param name="exitCode">The usage error's exit code when the result is null; 0 otherwise.</param>
        public static ServerConnection? OpenOrReport(CliOptions options, CliHost host, Microsoft.Extensions.Logging.ILoggerFactory? logs, ErrorReporter reporter, out int exitCode)
        {
            exitCode = 0;
            try
            {
                return Open(options, host, logs);
            }
            catch (UsageException exception)
            {
                exitCode = reporter.ReportUsage(exception.Message);
                return null;
            }
        }

        /// <exception cref="UsageException">The configuration is invalid, or Letta Cloud has no key.</exception>
        /// <param name="options">The parsed options.</param>
        /// <param name="host">Where the tool runs.</param>
        /// <param name="logs">The library's log events go here (<c>--verbose</c>), or null.</param>
        public static ServerConnection Open(CliOptions options, CliHost host, Microsoft.Extensions.Logging.ILoggerFactory? logs)
        {
            if (options.Demo)
            {
                var demo = DemoServer.Connect(host.Stderr, logs, host.Time, evolving: options.Watch || options.WaitFor is not null);
                return new ServerConnection(demo.Client, "the built-in demo server (in-process)", demo);
            }

            var clientOptions = Configure(options, host.Environment);
            clientOptions.LoggerFactory = logs;
            clientOptions.TimeProvider = host.Time;
            host.ConfigureClient?.Invoke(clientOptions);
            var transport = host.Transport?.Invoke();
            try
            {
                var http = transport is null ? null : new HttpClient(transport, disposeHandler: true);
                var client = http is null ? new LettaClient(clientOptions) : new LettaClient(http, clientOptions);
                var description = BaseUrlRules.Display(clientOptions.BaseUrl) + ", API key " + (string.IsNullOrWhiteSpace(clientOptions.ApiKey) ? "none" : "set (not shown)");
                return http is null ? new ServerConnection(client, description, client) : new ServerConnection(client, description, client, http);
            }
            catch (ArgumentException exception)
            {
                transport?.Dispose();
                throw Invalid(exception);
            }
        }

        public void Dispose()
        {
            foreach (var owned in _owned) owned.Dispose();
        }

        private static LettaClientOptions Configure(CliOptions options, Func<string, string?> environment)
        {
            try
            {
                var clientOptions = new LettaClientOptions(environment);
                if (options.BaseUrl is not null) clientOptions.BaseUrl = ParseBaseUrl(options.BaseUrl);
                if (options.ApiKey is not null) clientOptions.ApiKey = options.ApiKey;
                clientOptions.Validate();
                LettaCloud.RequireKey(clientOptions);
                return clientOptions;
            }
            catch (ArgumentException exception)
            {
                throw Invalid(exception);
            }
        }

        private static Uri ParseBaseUrl(string value) =>
            Uri.TryCreate(value, UriKind.Absolute, out var url)
                ? url
                : throw new UsageException("--base-url must be an absolute http or https URL, such as https://api.letta.com; got '" + Output.Printable.Of(BaseUrlRules.Display(value)) + "'.");

        /// <summary>The library's message, led by the option or variable the user set (the library names its own property).</summary>
        private static UsageException Invalid(ArgumentException exception)
        {
            var source = exception.ParamName switch
            {
                nameof(LettaClientOptions.BaseUrl) or "LETTA_BASE_URL" => "--base-url / LETTA_BASE_URL: ",
                nameof(LettaClientOptions.ApiKey) => "--api-key / LETTA_API_KEY: ",
                nameof(LettaClientOptions.DefaultHeaders) or "LETTA_CUSTOM_HEADERS" => "LETTA_CUSTOM_HEADERS: ",
                _ => string.Empty,
            };
            var message = exception.Message;
            // ArgumentException appends " (Parameter 'X')"; the prefix already says where.
            var parameter = message.LastIndexOf(" (Parameter '", StringComparison.Ordinal);
            if (parameter > 0) message = message.Substring(0, parameter);
            // A message that already starts with the variable's name (CustomHeaders names its source) needs no prefix.
            var named = exception.ParamName is { Length: > 0 } name && source.Contains(name) && message.StartsWith(name, StringComparison.Ordinal);
            return new UsageException(named ? message : source + message, exception);
        }
    }
}
