using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Letta.Generated.Tests.Support
{
    /// <summary>
    /// A clock the test drives: timers due within <see cref="AutoFireBelow"/> fire at once (backoff
    /// delays, so tests never wait), longer ones (per-attempt timeouts) wait until the test fires them.
    /// Every requested delay is recorded, so a test can assert the exact backoff.
    /// </summary>
    internal sealed class ManualTimeProvider : TimeProvider
    {
        private readonly object _gate = new object();
        private readonly List<ManualTimer> _pending = new List<ManualTimer>();
        private readonly List<(Func<TimeSpan, bool> Match, TaskCompletionSource<ManualTimer> Waiter)> _waiters = new();
        private DateTimeOffset _now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public TimeSpan AutoFireBelow { get; set; } = TimeSpan.FromSeconds(50);

        /// <summary>The due times of the timers that fired by themselves, in order: the backoff delays.</summary>
        public ConcurrentQueue<TimeSpan> AutoFired { get; } = new ConcurrentQueue<TimeSpan>();

        public override DateTimeOffset GetUtcNow()
        {
            lock (_gate) return _now;
        }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = new ManualTimer(this, callback, state, dueTime);
            if (dueTime != Timeout.InfiniteTimeSpan && dueTime < AutoFireBelow)
            {
                AutoFired.Enqueue(dueTime);
                lock (_gate) _now += dueTime;
                ThreadPool.QueueUserWorkItem(_ => timer.Fire());
                return timer;
            }
            lock (_gate)
            {
                _pending.Add(timer);
                foreach (var waiter in _waiters.Where(w => w.Match(dueTime)).ToList())
                {
                    _waiters.Remove(waiter);
                    waiter.Waiter.TrySetResult(timer);
                }
            }
            return timer;
        }

        /// <summary>Completes when a long timer matching <paramref name="match"/> has been created (or already was).</summary>
        public Task<ManualTimer> WaitForTimerAsync(Func<TimeSpan, bool> match)
        {
            lock (_gate)
            {
                var existing = _pending.FirstOrDefault(t => !t.IsDisposed && match(t.DueTime));
                if (existing is not null) return Task.FromResult(existing);
                var waiter = new TaskCompletionSource<ManualTimer>(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiters.Add((match, waiter));
                return waiter.Task;
            }
        }

        internal void Remove(ManualTimer timer)
        {
            lock (_gate) _pending.Remove(timer);
        }

        internal void AdvanceBy(TimeSpan by)
        {
            lock (_gate) _now += by;
        }

        internal sealed class ManualTimer : ITimer
        {
            private readonly ManualTimeProvider _owner;
            private readonly TimerCallback _callback;
            private readonly object? _state;
            private int _fired;

            public ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state, TimeSpan dueTime)
            {
                _owner = owner;
                _callback = callback;
                _state = state;
                DueTime = dueTime;
            }

            public TimeSpan DueTime { get; private set; }

            public bool IsDisposed { get; private set; }

            /// <summary>Makes the timer elapse now (the clock moves forward by its due time).</summary>
            public void Fire()
            {
                if (IsDisposed || Interlocked.Exchange(ref _fired, 1) == 1) return;
                _owner.Remove(this);
                _callback(_state);
            }

            public void FireAndAdvance()
            {
                _owner.AdvanceBy(DueTime);
                Fire();
            }

            public bool Change(TimeSpan dueTime, TimeSpan period)
            {
                DueTime = dueTime;
                return !IsDisposed;
            }

            public void Dispose()
            {
                IsDisposed = true;
                _owner.Remove(this);
            }

            public ValueTask DisposeAsync()
            {
                Dispose();
                return default;
            }
        }
    }
}
