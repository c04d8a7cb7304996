using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.Extensions.Time.Testing;

namespace Letta.Generated.Cli.Tests.Support
{
    /// <summary>
    /// A fake clock that moves on by itself exactly when the tool waits between polls: a timer whose due time
    /// <see cref="Skips"/> accepts (the intervals and backoffs a test expects) advances the clock by that much at
    /// once, so a watch polls as fast as the test runs, with exact times and no real wait. Other timers (the client's
    /// per-attempt timeout, <c>--timeout</c>) fire only when those advances pass them.
    /// </summary>
    internal sealed class AutoClock : FakeTimeProvider
    {
        public static readonly DateTimeOffset Epoch = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

        private readonly object _gate = new();
        private readonly List<TimeSpan> _skipped = new();

        public AutoClock(Func<TimeSpan, bool> skips)
            : base(Epoch)
        {
            Skips = skips;
        }

        /// <summary>Which timers are the tool's waits between polls.</summary>
        public Func<TimeSpan, bool> Skips { get; }

        /// <summary>The waits skipped so far, in order.</summary>
        public IReadOnlyList<TimeSpan> Skipped
        {
            get
            {
                lock (_gate) return _skipped.ToList();
            }
        }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            if (dueTime != Timeout.InfiniteTimeSpan && Skips(dueTime))
            {
                lock (_gate) _skipped.Add(dueTime);
                // Not on the caller's stack: the timer's callback must not run inside the code that is creating it.
                ThreadPool.QueueUserWorkItem(_ => Advance(dueTime));
            }

            return timer;
        }
    }
}
