using System;
using System.Collections.Generic;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Letta.Generated
{
    /// <summary>
    /// One poll of a watch: its span (<c>Letta.WatchBatches.Poll</c>, parent of the listing's span), its outcome on
    /// <c>letta.client.watch.poll.count</c>, its changes on <c>letta.client.watch.change.count</c> and its log event
    /// (300 completed, 301 failed and the watch goes on, 302 failed and the watch ends).
    /// </summary>
    internal sealed class WatchPoll : IDisposable
    {
        public const string Span = "Letta.WatchBatches.Poll";
        public const string PollNumberTag = "letta.watch.poll";
        public const string ChangeKindTag = "letta.watch.change_kind";
        public const string OutcomeTag = "letta.watch.outcome";

        private readonly ListingTelemetry _telemetry;
        private readonly ILogger _logger;
        private readonly long _number;
        private readonly Activity? _activity;

        public WatchPoll(ListingTelemetry telemetry, ILogger logger, long number)
        {
            _telemetry = telemetry;
            _logger = logger;
            _number = number;
            _activity = LettaTracing.Source.StartActivity(Span, ActivityKind.Internal);
            _activity?.SetTag(PollNumberTag, number);
        }

        public void Completed(int listed, IReadOnlyList<BatchChange> changes)
        {
            int appeared = 0, changed = 0, left = 0;
            foreach (var change in changes)
            {
                if (change.Kind == BatchChangeKind.Appeared) appeared++;
                else if (change.Kind == BatchChangeKind.Changed) changed++;
                else left++;
            }

            var metrics = _telemetry.Metrics;
            metrics.WatchPolls.Add(1, new KeyValuePair<string, object?>(OutcomeTag, "ok"));
            Count(metrics, "appeared", appeared);
            Count(metrics, "changed", changed);
            Count(metrics, "left", left);
            if (_activity is { IsAllDataRequested: true })
            {
                _activity.SetTag("letta.watch.listed", listed);
                _activity.SetTag("letta.watch.appeared", appeared);
                _activity.SetTag("letta.watch.changed", changed);
                _activity.SetTag("letta.watch.left", left);
            }

            if (_logger.IsEnabled(LogLevel.Debug)) WatchLog.PollCompleted(_logger, _number, listed, appeared, changed, left);
        }

        /// <summary>The poll failed; <paramref name="nextDelay"/> is the wait before the next one, or null when the watch ends.</summary>
        public void Failed(LettaException exception, int failures, TimeSpan? nextDelay)
        {
            var type = exception.GetType().FullName ?? exception.GetType().Name;
            _telemetry.Metrics.WatchPolls.Add(1, new KeyValuePair<string, object?>(OutcomeTag, "failed"), new KeyValuePair<string, object?>(LettaTracing.ErrorType, type));
            if (_activity is not null) LettaTracing.RecordException(_activity, exception, _telemetry.Redactor);
            if (!_logger.IsEnabled(LogLevel.Warning)) return;
            var reason = ErrorMessages.Printable(_telemetry.Redactor.Redact(exception.Message));
            if (nextDelay is { } delay) WatchLog.PollFailed(_logger, _number, failures, type, reason, delay.TotalMilliseconds);
            else WatchLog.WatchEnded(_logger, _number, type, reason);
        }

        public void Dispose() => _activity?.Dispose();

        private static void Count(LettaMetrics metrics, string kind, int count)
        {
            if (count > 0) metrics.WatchChanges.Add(count, new KeyValuePair<string, object?>(ChangeKindTag, kind));
        }
    }
}
