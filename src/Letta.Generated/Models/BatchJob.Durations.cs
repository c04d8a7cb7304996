using System;
using Newtonsoft.Json;

namespace Letta.Generated
{
    /// <summary>Convenience views of the generated nanosecond fields.</summary>
    public partial class BatchJob
    {
        private const long NanosecondsPerTick = 100;

        /// <summary><see cref="TtftNs"/> (time to first token) as a <see cref="TimeSpan"/>, to the nearest 100 ns below.</summary>
        [JsonIgnore] // a view of ttft_ns, not a field of the API: serializing it would add a key the server never sent
        public TimeSpan? TimeToFirstToken => FromNanoseconds(TtftNs);

        /// <summary><see cref="TotalDurationNs"/> as a <see cref="TimeSpan"/>, to the nearest 100 ns below.</summary>
        [JsonIgnore]
        public TimeSpan? TotalDuration => FromNanoseconds(TotalDurationNs);

        private static TimeSpan? FromNanoseconds(long? nanoseconds) =>
            nanoseconds is { } ns ? TimeSpan.FromTicks(ns / NanosecondsPerTick) : null;
    }
}
