using System;
using System.IO;
using System.Net.Http;

namespace Letta.Generated.Cli
{
    /// <summary>Everything the tool touches outside its arguments, so tests run it in-process.</summary>
    internal sealed class CliHost
    {
        public CliHost(Stream stdout, TextWriter stderr, Func<string, string?> environment, CliTerminal terminal, Interruption interruption)
        {
            Stdout = stdout;
            Stderr = stderr;
            Environment = environment;
            Terminal = terminal;
            Interruption = interruption;
        }

        /// <summary>Where results go, as bytes: json and jsonl are the server's own bytes.</summary>
        public Stream Stdout { get; }

        /// <summary>Notes, progress, errors and usage.</summary>
        public TextWriter Stderr { get; }

        /// <summary>Reads an environment variable (null when unset).</summary>
        public Func<string, string?> Environment { get; }

        public CliTerminal Terminal { get; }

        /// <summary>Ctrl+C and SIGTERM.</summary>
        public Interruption Interruption { get; }

        /// <summary>
        /// Tests only: the transport under the library's pipeline (an in-process simulator), instead of the
        /// library's own sockets. The configuration (URL, key, headers) is checked and sent exactly as in production.
        /// </summary>
        public Func<HttpMessageHandler>? Transport { get; init; }

        /// <summary>The same host writing notes and errors to <paramref name="stderr"/> (the colouring one in a terminal).</summary>
        public CliHost WithStderr(TextWriter stderr) => new(Stdout, stderr, Environment, Terminal, Interruption)
        {
            Transport = Transport,
            ConfigureClient = ConfigureClient,
            Time = Time,
        };

        /// <summary>
        /// The clock of the run: the client's (its retries and timeouts), the waits of <c>--watch</c> and <c>--wait</c>,
        /// <c>--timeout</c> and, with <c>--demo</c>, the demo server's. The system clock; tests pass a fake one.
        /// </summary>
        public TimeProvider Time { get; init; } = TimeProvider.System;

        /// <summary>Tests only: adjusts the client's options after the tool configured them (no retries where a retry would wait).</summary>
        public Action<LettaClientOptions>? ConfigureClient { get; init; }
    }
}
