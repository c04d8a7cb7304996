using System;
using System.Diagnostics;
using System.Threading;
using Microsoft.Extensions.Logging;

namespace Letta.Generated
{
    /// <summary>
    /// One enumeration of a listing: its span (<c>Letta.ListAllBatches</c>), the pages and batches it yielded
    /// (<c>letta.client.page.count</c>, <c>letta.client.item.count</c>), the cursor reading it settled on (log event
    /// 202) and the failure that ended it (a pagination anomaly is log event 203). Each page request is a
    /// <see cref="PageScope"/>, a child span.
    /// </summary>
    internal sealed class ListingScope : IDisposable
    {
        private readonly ListingTelemetry _telemetry;
        private readonly SortOrder _order;
        private readonly Activity? _activity;
        private CursorReading _reading;
        private int _requests;
        private int _pages;
        private long _items;

        public ListingScope(ListingTelemetry telemetry, SortOrder order, int pageSize, CursorReading reading, bool resumed)
        {
            _telemetry = telemetry;
            _order = order;
            _reading = reading;
            _activity = LettaTracing.Source.StartActivity(LettaTracing.ListingSpan, ActivityKind.Internal);
            if (_activity is { IsAllDataRequested: true })
            {
                _activity.SetTag(LettaTracing.ListingOrder, order.Value);
                _activity.SetTag(LettaTracing.ListingPageSize, pageSize);
                _activity.SetTag(LettaTracing.ListingResumed, resumed);
            }
        }

        /// <summary>A page request of this listing is about to be sent.</summary>
        public PageScope StartPage(PageRequest request) =>
            new PageScope(_telemetry, _activity, Interlocked.Increment(ref _requests), request);

        /// <summary>A page was yielded to the consumer.</summary>
        public void Listed(int count)
        {
            _pages++;
            _items += count;
            _telemetry.Metrics.Pages.Add(1);
            _telemetry.Metrics.Items.Add(count);
        }

        /// <summary>The pager detected how the server reads cursors, from the page after <paramref name="cursor"/>.</summary>
        public void ReadingSettled(CursorReading reading, string cursor)
        {
            _reading = reading;
            if (_telemetry.Logger.IsEnabled(LogLevel.Information))
            {
                ListingLog.CursorReadingDetected(_telemetry.Logger, _order.Value, reading, ErrorMessages.Printable(_telemetry.Redactor.Redact(cursor)));
            }
        }

        /// <summary>The listing failed with <paramref name="exception"/>, which is about to reach the consumer.</summary>
        public void Failed(Exception exception)
        {
            if (exception is LettaPaginationException anomaly && _telemetry.Logger.IsEnabled(LogLevel.Warning))
            {
                ListingLog.PaginationAnomaly(_telemetry.Logger, ErrorMessages.Printable(_telemetry.Redactor.Redact(anomaly.Cursor ?? "(first page)")), ErrorMessages.Printable(_telemetry.Redactor.Redact(anomaly.Message)));
            }

            if (_activity is not null) LettaTracing.RecordException(_activity, exception, _telemetry.Redactor);
        }

        /// <summary>Ends the span: the enumeration completed, failed, or the consumer stopped.</summary>
        public void Dispose()
        {
            if (_activity is null) return;
            if (_activity.IsAllDataRequested)
            {
                _activity.SetTag(LettaTracing.ListingCursorReading, Name(_reading));
                _activity.SetTag(LettaTracing.ListingPageCount, _pages);
                _activity.SetTag(LettaTracing.ListingItemCount, _items);
            }

            _activity.Dispose();
        }

        /// <summary>A cursor reading as a span attribute value.</summary>
        public static string Name(CursorReading reading) => reading switch
        {
            CursorReading.Chronological => "chronological",
            CursorReading.SortOrderRelative => "sort_order_relative",
            _ => "auto",
        };
    }
}
