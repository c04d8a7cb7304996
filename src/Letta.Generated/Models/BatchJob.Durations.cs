using System;
using Newtonsoft.Json;

namespace Letta.Generated
{
    // Convenience views of the generated nanosecond fields.
    public partial class BatchJob
    {
        private const long NanosecondsPerTick = 100;

        /// <summary>TtftNs (time to first token) as a TimeSpan, to the nearest 100 ns below.</summary>
        [JsonIgnore] // a view of ttft_ns, not a field of the API: serializing it would add a key the server never sent
        public TimeSpan? TimeToFirstToken => FromNanoseconds(TtftNs);

        /// <summary>TotalDurationNs as a TimeSpan, to the nearest 100 ns below.</summary>
        [JsonIgnore]
        public TimeSpan? TotalDuration => FromNanoseconds(TotalDurationNs);

        private static TimeSpan? FromNanoseconds(long? nanoseconds) =>
            nanoseconds is { } ns ? TimeSpan.FromTicks(ns / NanosecondsPerTick) : null;
    }
}
