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
                if (eventId.Name == "PollFailed" && state is System.Collections.Generic.IReadOnlyList<System.Collections.Generic.KeyValuePair<string, object?>> fields)
                {
                    // The same line --wait prints: the server's reason, and the next poll as the options are written.
                    string? reason = null;
                    double? delay = null;
                    foreach (var field in fields)
                    {
                        if (field.Key == "Reason") reason = field.Value as string;
                        else if (field.Key == "DelayMs" && field.Value is double milliseconds) delay = milliseconds;
                    }

                    if (reason is not null && delay is not null)
                    {
                        _reporter.WriteLine(ErrorReporter.PollFailed(reason, TimeSpan.FromMilliseconds(delay.Value)));
                        return;
                    }
                }

                _reporter.WriteLine("letta-batches: " + Output.Printable.Of(formatter(state, exception)));
            }
        }
    }
}
