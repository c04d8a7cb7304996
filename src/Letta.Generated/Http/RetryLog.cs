using Microsoft.Extensions.Logging;

namespace Letta.Generated
{
    /// <summary>The retry handler's log events (category <c>Letta.Generated.Http</c>); their ids are stable.</summary>
    internal static partial class RetryLog
    {
        public const string Category = "Letta.Generated.Http";

        [LoggerMessage(EventId = 100, EventName = "RequestRetrying", Level = LogLevel.Information,
            Message = "Retrying Letta request {Method} {Url}: attempt {Attempt} of {MaxAttempts} failed with {Outcome}; waiting {DelayMs} ms ({DelaySource}).")]
        public static partial void RequestRetrying(ILogger logger, string method, string url, int attempt, int maxAttempts, string outcome, long delayMs, string delaySource);

        [LoggerMessage(EventId = 101, EventName = "RequestGaveUp", Level = LogLevel.Warning,
            Message = "Letta request {Method} {Url} gave up after {Attempts} attempt(s); the last failed with {Outcome}.")]
        public static partial void RequestGaveUp(ILogger logger, string method, string url, int attempts, string outcome);
    }
}
