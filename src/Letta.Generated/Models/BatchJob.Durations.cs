using System;

namespace Letta.Generated
{
    /// <summary>Convenience views of the generated nanosecond fields.</summary>
    public partial class BatchJob
    {
        private const long NanosecondsPerTick = 100;

        /// <summary><see cref="TtftNs"/> (time to first token) as a <see cref="TimeSpan"/>, to the nearest 100 ns below.</summary>
        public TimeSpan? TimeToFirstToken => FromNanoseconds(TtftNs);

        /// <summary><see cref="TotalDurationNs"/> as a <see cref="TimeSpan"/>, to the nearest 100 ns below.</summary>
        public TimeSpan? TotalDuration => FromNanoseconds(TotalDurationNs);

        private static TimeSpan? FromNanoseconds(long? nanoseconds) =>
            nanoseconds is { } ns ? TimeSpan.FromTicks(ns / NanosecondsPerTick) : null;
    }
}
