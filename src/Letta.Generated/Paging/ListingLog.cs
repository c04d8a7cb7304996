using Microsoft.Extensions.Logging;

namespace Letta.Generated
{
    /// <summary>The pager's log events (category <c>Letta.Generated.Paging</c>); their ids are stable.</summary>
    internal static partial class ListingLog
    {
        public const string Category = "Letta.Generated.Paging";

        [LoggerMessage(EventId = 200, EventName = "PageReceived", Level = LogLevel.Debug,
            Message = "Letta listing page {Page} (cursor {CursorSide}): {Count} batch(es), HTTP {StatusCode}, {DurationMs} ms, {RetryCount} retry(ies).")]
        public static partial void PageReceived(ILogger logger, int page, int count, int statusCode, double durationMs, string cursorSide, int retryCount);

        [LoggerMessage(EventId = 201, EventName = "PageFailed", Level = LogLevel.Debug,
            Message = "Letta listing page {Page} (cursor {CursorSide}) failed after {DurationMs} ms with {ErrorType}.")]
        public static partial void PageFailed(ILogger logger, int page, double durationMs, string errorType, string cursorSide);

        [LoggerMessage(EventId = 202, EventName = "CursorReadingDetected", Level = LogLevel.Information,
            Message = "Letta listing in {Order} order settled on the {CursorReading} cursor reading at cursor {Cursor}.")]
        public static partial void CursorReadingDetected(ILogger logger, string order, CursorReading cursorReading, string cursor);

        [LoggerMessage(EventId = 203, EventName = "PaginationAnomaly", Level = LogLevel.Warning,
            Message = "Letta listing stopped at cursor {Cursor}: {Anomaly}")]
        public static partial void PaginationAnomaly(ILogger logger, string cursor, string anomaly);
    }
}
