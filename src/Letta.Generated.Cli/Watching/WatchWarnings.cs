using System;
using Microsoft.Extensions.Logging;

namespace Letta.Generated.Cli.Watching
{
    /// <summary>
    /// Without <c>--verbose</c>, a watch still says on stderr when a poll failed and when the next comes (the library's
    /// warnings of category <c>Letta.Generated.Watch</c>), through the error reporter (redacted, printable).
    /// </summary>
    internal sealed class WatchWarnings : ILoggerFactory
    {
        private readonly ErrorReporter _reporter;

        public WatchWarnings(ErrorReporter reporter) => _reporter = reporter;

        public ILogger CreateLogger(string categoryName) => new Logger(_reporter, categoryName == WatchLog.Category);

        public void AddProvider(ILoggerProvider provider)
        {
            // One destination: stderr.
        }

        public void Dispose()
        {
        }

        private sealed class Logger : ILogger
        {
            private readonly ErrorReporter _reporter;
            private readonly bool _watch;

            public Logger(ErrorReporter reporter, bool watch)
            {
                _reporter = reporter;
                _watch = watch;
            }

            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => _watch && logLevel >= LogLevel.Warning && logLevel != LogLevel.None;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                // The watch's end (302) is reported as the tool's error line instead.
                if (!IsEnabled(logLevel) || eventId.Name == "WatchEnded") return;
                _reporter.WriteLine("letta-batches: " + Output.Printable.Of(formatter(state, exception)));
            }
        }
    }
}
