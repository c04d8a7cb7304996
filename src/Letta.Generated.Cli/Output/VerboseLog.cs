using System;
using Microsoft.Extensions.Logging;

namespace Letta.Generated.Cli.Output
{
    /// <summary>
    /// <c>--verbose</c>: the library's own log events (retries and their delays, each page, the cursor reading,
    /// anomalies) as stderr lines, <c>letta-batches: [Information] Letta.Generated.Http: Retrying …</c>. Through the
    /// error reporter, so every line is redacted like the tool's own; server text is made printable.
    /// </summary>
    internal sealed class VerboseLog : ILoggerFactory
    {
        private readonly ErrorReporter _reporter;

        public VerboseLog(ErrorReporter reporter) => _reporter = reporter;

        public ILogger CreateLogger(string categoryName) => new Logger(_reporter, categoryName);

        public void AddProvider(ILoggerProvider provider)
        {
            // The tool has one destination, stderr; providers from elsewhere have no place here.
        }

        public void Dispose()
        {
        }

        private sealed class Logger : ILogger
        {
            private readonly ErrorReporter _reporter;
            private readonly string _category;

            public Logger(ErrorReporter reporter, string category)
            {
                _reporter = reporter;
                _category = category;
            }

            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug && logLevel != LogLevel.None;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (!IsEnabled(logLevel)) return;
                _reporter.WriteLine("letta-batches: [" + logLevel + "] " + _category + ": " + Printable.Of(formatter(state, exception)));
            }
        }
    }
}
