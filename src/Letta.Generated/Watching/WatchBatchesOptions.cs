using System;

namespace Letta.Generated
{
    /// <summary>How <see cref="ILettaClient.WatchBatchesAsync"/> polls the listing.</summary>
    public sealed class WatchBatchesOptions
    {
        /// <summary>The wait between the end of one poll and the start of the next when none is given: 5 seconds.</summary>
        public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(5);

        /// <summary>The longest wait after failed polls when none is given: 1 minute.</summary>
        public static readonly TimeSpan DefaultMaxFailureDelay = TimeSpan.FromMinutes(1);

        /// <summary>
        /// The longest <see cref="Interval"/> or <see cref="MaxFailureDelay"/> (about 49.7 days): the longest wait a .NET
        /// timer can make (2³² − 2 milliseconds).
        /// </summary>
        public static readonly TimeSpan MaxWait = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

        /// <summary>
        /// The wait between the end of one poll and the start of the next (a poll is one whole listing, every page),
        /// on the client's <see cref="LettaClientOptions.TimeProvider"/>; 5 seconds by default, more than zero.
        /// </summary>
        public TimeSpan Interval { get; set; } = DefaultInterval;

        /// <summary>The order of each listing, and so of the appeared and changed batches a poll reports; newest first by default.</summary>
        public SortOrder Order { get; set; } = SortOrder.Desc;

        /// <summary>Batches per request of each listing (the <c>limit</c>), 1 or more; 100 by default.</summary>
        public int PageSize { get; set; } = ListAllBatchesOptions.DefaultPageSize;

        /// <summary>
        /// End the watch with the failure of the first poll that fails (after the client's own retries). False by
        /// default: a failed poll is reported (log event, span, metric) and the next one comes after a longer wait.
        /// </summary>
        public bool EndOnFailedPoll { get; set; }

        /// <summary>
        /// The cap of the wait after failed polls: after n failed polls in a row the next comes after
        /// <see cref="Interval"/> × 2^n, at most this (and never less than <see cref="Interval"/>); 1 minute by default.
        /// </summary>
        public TimeSpan MaxFailureDelay { get; set; } = DefaultMaxFailureDelay;

        internal WatchBatchesOptions Clone() => new WatchBatchesOptions
        {
            Interval = Interval,
            Order = Order,
            PageSize = PageSize,
            EndOnFailedPoll = EndOnFailedPoll,
            MaxFailureDelay = MaxFailureDelay,
        };

        internal void Validate()
        {
            if (Interval <= TimeSpan.Zero || Interval > MaxWait)
            {
                throw new ArgumentOutOfRangeException(nameof(Interval), Interval, "Interval must be more than zero (the wait between two polls) and at most MaxWait (about 49.7 days).");
            }

            if (MaxFailureDelay <= TimeSpan.Zero || MaxFailureDelay > MaxWait)
            {
                throw new ArgumentOutOfRangeException(nameof(MaxFailureDelay), MaxFailureDelay, "MaxFailureDelay must be more than zero and at most MaxWait (about 49.7 days).");
            }

            // The listing's own rules (page size, order), with the listing's messages.
            Listing().Validate();
        }

        internal ListAllBatchesOptions Listing() => new ListAllBatchesOptions { Order = Order, PageSize = PageSize };

        /// <summary>The wait before the next poll after <paramref name="failures"/> failed polls in a row (0: none failed).</summary>
        internal TimeSpan DelayAfter(int failures)
        {
            if (failures == 0) return Interval;
            var cap = MaxFailureDelay > Interval ? MaxFailureDelay : Interval;
            var ticks = (double)Interval.Ticks * Math.Pow(2, Math.Min(failures, 62));
            return ticks >= cap.Ticks ? cap : TimeSpan.FromTicks((long)ticks);
        }
    }
}
