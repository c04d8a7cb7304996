using System;
using System.Diagnostics;

namespace Letta.Generated
{
    /// <summary>
    /// The client's <see cref="ActivitySource"/>, its span and attribute names, and how a failure is written on a
    /// span (OpenTelemetry's conventions: status Error, <c>error.type</c>, an <c>exception</c> event).
    /// </summary>
    internal static class LettaTracing
    {
        public const string ListingSpan = "Letta.ListAllBatches";
        public const string PageSpan = "Letta.ListAllBatches.Page";

        public const string ListingOrder = "letta.listing.order";
        public const string ListingPageSize = "letta.listing.page_size";
        public const string ListingCursorReading = "letta.listing.cursor_reading";
        public const string ListingResumed = "letta.listing.resumed";
        public const string ListingPageCount = "letta.listing.page_count";
        public const string ListingItemCount = "letta.listing.item_count";

        public const string PageNumber = "letta.page.number";
        public const string PageCursorSide = "letta.page.cursor_side";
        public const string PageItemCount = "letta.page.item_count";
        public const string PageRetryCount = "letta.page.retry_count";

        public const string StatusCode = "http.response.status_code";
        public const string ErrorType = "error.type";

        public static readonly ActivitySource Source = new ActivitySource(LettaDiagnostics.ActivitySourceName, RequestHeaders.LibraryVersion());

        /// <summary>
        /// Marks <paramref name="activity"/> failed by <paramref name="exception"/>: its type (a
        /// <see cref="LettaException"/> subclass for every failure the client reports) and its message, redacted.
        /// The stack trace is frames only; inner exceptions (whose text the client did not write) are left out.
        /// </summary>
        public static void RecordException(Activity activity, Exception exception, SecretRedactor redactor)
        {
            var type = exception.GetType().FullName ?? exception.GetType().Name;
            var message = ErrorMessages.Printable(redactor.Redact(exception.Message));
            activity.SetTag(ErrorType, type);
            activity.SetStatus(ActivityStatusCode.Error, message);
            var tags = new ActivityTagsCollection
            {
                { "exception.type", type },
                { "exception.message", message },
            };
            if (exception.StackTrace is { } stackTrace) tags.Add("exception.stacktrace", stackTrace);
            activity.AddEvent(new ActivityEvent("exception", default, tags));
        }
    }
}
