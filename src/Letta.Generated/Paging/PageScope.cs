using System;
using System.Collections.Generic;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Letta.Generated
{
    /// <summary>
    /// One page request of a listing: its span (<c>Letta.ListAllBatches.Page</c>, a child of the listing's; .NET's
    /// HTTP client spans of its attempts are its children), its Debug log line (event 200, or 201 when it failed)
    /// and <c>letta.client.page.duration</c>. The duration covers the whole request, retries included.
    /// </summary>
    internal sealed class PageScope
    {
        private readonly ListingTelemetry _telemetry;
        private readonly int _number;
        private readonly string _cursorSide;
        private readonly long _started;
        private readonly Activity? _activity;

        public PageScope(ListingTelemetry telemetry, Activity? listing, int number, PageRequest request)
        {
            _telemetry = telemetry;
            _number = number;
            _cursorSide = request.Before is not null ? "before" : request.After is not null ? "after" : "none";
            _started = telemetry.Time.GetTimestamp();
            // Started here, in the page request's own async flow, it is the current activity while the request is
            // sent, so the HTTP spans of its attempts nest under it; the listing is its parent whatever the consumer's
            // current activity is when it asks for the next page.
            _activity = LettaTracing.Source.StartActivity(LettaTracing.PageSpan, ActivityKind.Internal, listing?.Context ?? default);
            if (_activity is { IsAllDataRequested: true })
            {
                _activity.SetTag(LettaTracing.PageNumber, number);
                _activity.SetTag(LettaTracing.PageCursorSide, _cursorSide);
            }
        }

        public void Received<TItem>(LettaResponse<IReadOnlyList<TItem>> response)
        {
            var duration = _telemetry.Time.GetElapsedTime(_started);
            var count = response.Result.Count;
            if (_activity is not null)
            {
                if (_activity.IsAllDataRequested)
                {
                    _activity.SetTag(LettaTracing.StatusCode, response.StatusCode);
                    _activity.SetTag(LettaTracing.PageItemCount, count);
                    _activity.SetTag(LettaTracing.PageRetryCount, response.RetryCount);
                }

                _activity.Dispose();
            }

            if (_telemetry.Logger.IsEnabled(LogLevel.Debug))
            {
                ListingLog.PageReceived(_telemetry.Logger, _number, count, response.StatusCode, Milliseconds(duration), _cursorSide, response.RetryCount);
            }

            if (_telemetry.Metrics.PageDuration.Enabled)
            {
                _telemetry.Metrics.PageDuration.Record(
                    duration.TotalSeconds,
                    new TagList { { LettaTracing.PageCursorSide, _cursorSide }, { LettaTracing.StatusCode, response.StatusCode } });
            }
        }

        public void Failed(Exception exception)
        {
            var duration = _telemetry.Time.GetElapsedTime(_started);
            var errorType = exception.GetType().FullName ?? exception.GetType().Name;
            var status = (exception as LettaApiException)?.StatusCode;
            if (_activity is not null)
            {
                if (status is { } code) _activity.SetTag(LettaTracing.StatusCode, code);
                LettaTracing.RecordException(_activity, exception, _telemetry.Redactor);
                _activity.Dispose();
            }

            if (_telemetry.Logger.IsEnabled(LogLevel.Debug))
            {
                ListingLog.PageFailed(_telemetry.Logger, _number, Milliseconds(duration), errorType, _cursorSide);
            }

            if (_telemetry.Metrics.PageDuration.Enabled)
            {
                var tags = new TagList { { LettaTracing.PageCursorSide, _cursorSide }, { LettaTracing.ErrorType, errorType } };
                if (status is { } code) tags.Add(LettaTracing.StatusCode, code);
                _telemetry.Metrics.PageDuration.Record(duration.TotalSeconds, tags);
            }
        }

        private static double Milliseconds(TimeSpan duration) => Math.Round(duration.TotalMilliseconds, 3);
    }
}
