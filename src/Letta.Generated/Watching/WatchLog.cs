using Microsoft.Extensions.Logging;

namespace Letta.Generated
{
    /// <summary>The watch's log events (category <c>Letta.Generated.Watch</c>); their ids are stable.</summary>
    internal static partial class WatchLog
    {
        public const string Category = "Letta.Generated.Watch";

        [LoggerMessage(EventId = 300, EventName = "PollCompleted", Level = LogLevel.Debug,
            Message = "Letta watch poll {Poll}: {Listed} batch(es) listed; {Appeared} appeared, {Changed} changed, {Left} left.")]
        public static partial void PollCompleted(ILogger logger, long poll, int listed, int appeared, int changed, int left);

        [LoggerMessage(EventId = 301, EventName = "PollFailed", Level = LogLevel.Warning,
            Message = "Letta watch poll {Poll} failed ({Failures} in a row) with {ErrorType}: {Reason}; next poll in {DelayMs} ms.")]
        public static partial void PollFailed(ILogger logger, long poll, int failures, string errorType, string reason, double delayMs);

        [LoggerMessage(EventId = 302, EventName = "WatchEnded", Level = LogLevel.Warning,
            Message = "Letta watch ended at poll {Poll}, which failed with {ErrorType}: {Reason}")]
        public static partial void WatchEnded(ILogger logger, long poll, string errorType, string reason);
    }
}
