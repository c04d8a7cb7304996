using System;
using System.Threading;

namespace Letta.Generated
{
    /// <summary>A thread-safe source of jitter in [0, 1) for backoff delays.</summary>
    internal static class Jitter
    {
        private static readonly ThreadLocal<Random> Source = new ThreadLocal<Random>(() => new Random(Guid.NewGuid().GetHashCode()));

        public static double Next() => Source.Value!.NextDouble();
    }
}
