using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Letta.Generated
{
    /// <summary>
    /// The loop behind <see cref="ILettaClient.WatchBatchesAsync"/>: list everything (the JSON pager: every batch
    /// exactly once, its bytes as sent), compare with the previous listing by id and bytes, yield the differences,
    /// wait, repeat. It holds two listings at most (the previous and the current one), so memory follows the active
    /// set, never the history. A poll that fails part-way reports nothing (a half listing would make batches look
    /// left), and the comparison goes on from the last complete listing.
    /// </summary>
    internal sealed class BatchWatcher
    {
        private readonly Func<ListAllBatchesOptions, CancellationToken, LettaPageable<BatchJson>> _list;
        private readonly WatchBatchesOptions _options;
        private readonly ListingTelemetry _telemetry;
        private readonly ILogger _logger;

        public BatchWatcher(Func<ListAllBatchesOptions, CancellationToken, LettaPageable<BatchJson>> list, WatchBatchesOptions options, ListingTelemetry telemetry, ILoggerFactory? loggerFactory)
        {
            _list = list;
            _options = options;
            _telemetry = telemetry;
            _logger = loggerFactory?.CreateLogger(WatchLog.Category) ?? NullLogger.Instance;
        }

        public async IAsyncEnumerable<BatchChange> WatchAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            Dictionary<string, BatchJson>? previous = null;
            var failures = 0;
            for (long poll = 1; ; poll++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (listing, changes) = await PollAsync(poll, previous, failures, cancellationToken).ConfigureAwait(false);
                if (listing is null)
                {
                    failures++;
                }
                else
                {
                    failures = 0;
                    previous = listing;
                    foreach (var change in changes!) yield return change;
                }

                await Delay(_options.DelayAfter(failures), cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>One listing and its differences from <paramref name="previous"/>; (null, null) when it failed and the watch goes on.</summary>
        private async Task<(Dictionary<string, BatchJson>? Listing, List<BatchChange>? Changes)> PollAsync(long number, Dictionary<string, BatchJson>? previous, int failures, CancellationToken cancellationToken)
        {
            using var poll = new WatchPoll(_telemetry, _logger, number);
            // Insertion order is listing order (nothing is ever removed), so changes come in the listing's order.
            var current = new Dictionary<string, BatchJson>(previous?.Count ?? 0, StringComparer.Ordinal);
            try
            {
                await foreach (var batch in _list(_options.Listing(), cancellationToken).WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    current[batch.Id] = batch;
                }
            }
            catch (LettaException exception) when (!cancellationToken.IsCancellationRequested)
            {
                var ends = _options.EndOnFailedPoll || CannotHealByWaiting(exception);
                poll.Failed(exception, failures + 1, ends ? null : _options.DelayAfter(failures + 1));
                if (ends) throw;
                return (null, null);
            }

            var at = _telemetry.Time.GetUtcNow();
            var changes = Compare(previous, current, at);
            poll.Completed(current.Count, changes);
            return (current, changes);
        }

        private static List<BatchChange> Compare(Dictionary<string, BatchJson>? previous, Dictionary<string, BatchJson> current, DateTimeOffset at)
        {
            var changes = new List<BatchChange>();
            foreach (var batch in current.Values)
            {
                if (previous is null || !previous.TryGetValue(batch.Id, out var before)) changes.Add(new BatchChange(BatchChangeKind.Appeared, batch, at));
                else if (!before.Utf8Json.Span.SequenceEqual(batch.Utf8Json.Span)) changes.Add(new BatchChange(BatchChangeKind.Changed, batch, at));
            }

            if (previous is null) return changes;
            foreach (var before in previous.Values)
            {
                if (!current.ContainsKey(before.Id)) changes.Add(new BatchChange(BatchChangeKind.Left, before, at));
            }

            return changes;
        }

        /// <summary>
        /// A key the server refuses (401, 403), a listing that is not there (404: not a Letta server, or a wrong base
        /// URL; the listing itself never answers 404), or parameters it rejects (422) stay so however long the watch
        /// waits: the watch ends with the failure instead of polling in vain. <c>--wait</c> uses the same rule.
        /// </summary>
        internal static bool CannotHealByWaiting(LettaException exception) =>
            exception is LettaAuthenticationException or LettaPermissionDeniedException or LettaNotFoundException or LettaUnprocessableEntityException;

        private Task Delay(TimeSpan delay, CancellationToken cancellationToken) =>
#if NET8_0_OR_GREATER
            Task.Delay(delay, _telemetry.Time, cancellationToken);
#else
            _telemetry.Time.Delay(delay, cancellationToken);
#endif
    }
}
