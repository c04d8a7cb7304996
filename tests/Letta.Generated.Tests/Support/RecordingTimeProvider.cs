using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;

namespace Letta.Generated.Tests.Support
{
    /// <summary>
    /// <see cref="FakeTimeProvider"/> (time moves only when a test advances it) that also records the due time of
    /// every timer created, so a test can wait, bounded, for "the client is now waiting N" before advancing N.
    /// </summary>
    internal sealed class RecordingTimeProvider : FakeTimeProvider
    {
        private readonly object _gate = new object();
        private readonly List<TimeSpan> _dueTimes = new List<TimeSpan>();
        private readonly List<(Func<TimeSpan, bool> Match, TaskCompletionSource<TimeSpan> Waiter)> _waiters = new();

        public RecordingTimeProvider()
            : base(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero))
        {
        }

        /// <summary>The due times of the timers created so far, in order (infinite ones left out).</summary>
        public IReadOnlyList<TimeSpan> DueTimes
        {
            get
            {
                lock (_gate) return _dueTimes.ToList();
            }
        }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = new RecordingTimer(base.CreateTimer(callback, state, dueTime, period), this);
            if (dueTime != Timeout.InfiniteTimeSpan) Record(dueTime);
            return timer;
        }

        /// <summary>
        /// Completes with the due time once a timer matching <paramref name="match"/> exists, counting only timers
        /// created after the <paramref name="skip"/> first matching ones.
        /// </summary>
        public Task<TimeSpan> WaitForTimerAsync(Func<TimeSpan, bool> match, int skip = 0)
        {
            lock (_gate)
            {
                var existing = _dueTimes.Where(match).Skip(skip).Cast<TimeSpan?>().FirstOrDefault();
                if (existing is { } found) return Task.FromResult(found);
                var waiter = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
                var seen = _dueTimes.Count(match);
                var remaining = skip - seen;
                _waiters.Add((due => match(due) && remaining-- <= 0, waiter));
                return waiter.Task;
            }
        }

        /// <summary>Waits for a timer of exactly <paramref name="due"/> (the <paramref name="skip"/>+1-th), then advances the clock by it.</summary>
        public async Task AdvanceWhenWaitingAsync(TimeSpan due, int skip = 0)
        {
            await WaitForTimerAsync(d => d == due, skip).ConfigureAwait(false);
            Advance(due);
        }

        private void Record(TimeSpan dueTime)
        {
            List<TaskCompletionSource<TimeSpan>> ready;
            lock (_gate)
            {
                _dueTimes.Add(dueTime);
                var matched = _waiters.Where(w => w.Match(dueTime)).ToList();
                foreach (var waiter in matched) _waiters.Remove(waiter);
                ready = matched.Select(w => w.Waiter).ToList();
            }

            foreach (var waiter in ready) waiter.TrySetResult(dueTime);
        }

        /// <summary>A timer armed later (<c>CancellationTokenSource.CancelAfter</c> creates one infinite, then changes it) is recorded then.</summary>
        private sealed class RecordingTimer : ITimer
        {
            private readonly ITimer _inner;
            private readonly RecordingTimeProvider _owner;

            public RecordingTimer(ITimer inner, RecordingTimeProvider owner)
            {
                _inner = inner;
                _owner = owner;
            }

            public bool Change(TimeSpan dueTime, TimeSpan period)
            {
                var changed = _inner.Change(dueTime, period);
                if (dueTime != Timeout.InfiniteTimeSpan) _owner.Record(dueTime);
                return changed;
            }

            public void Dispose() => _inner.Dispose();

            public ValueTask DisposeAsync() => _inner.DisposeAsync();
        }
    }
}
