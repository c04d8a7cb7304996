using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;

namespace Letta.Generated
{
    /// <summary>
    /// The client's instruments on the <see cref="LettaDiagnostics.MeterName"/> meter, named after OpenTelemetry's
    /// conventions (<c>letta.client.*</c>, UCUM units, durations in seconds, <c>http.response.status_code</c> and
    /// <c>error.type</c> as tags). One set per meter: the process-wide one, or one per <see cref="IMeterFactory"/>.
    /// </summary>
    internal sealed class LettaMetrics
    {
        public const string DelaySourceTag = "letta.retry.delay_source";

        private static readonly ConditionalWeakTable<Meter, LettaMetrics> ByMeter = new ConditionalWeakTable<Meter, LettaMetrics>();

        /// <summary>For clients without a meter factory: a meter shared by the process, never disposed.</summary>
        private static readonly LettaMetrics Shared = new LettaMetrics(new Meter(LettaDiagnostics.MeterName, RequestHeaders.LibraryVersion()));

        private LettaMetrics(Meter meter)
        {
            Requests = meter.CreateCounter<long>("letta.client.request.count", "{request}", "Requests to Letta, each counted once after its retries, by final status or error.");
            Retries = meter.CreateCounter<long>("letta.client.retry.count", "{retry}", "Retries, by the status or error of the attempt that failed and where the delay came from.");
            RetryDelay = Seconds(meter, "letta.client.retry.delay", "The wait before each retry, by where it came from (retry-after-ms, retry-after, backoff).");
            Pages = meter.CreateCounter<long>("letta.client.page.count", "{page}", "Pages a listing yielded to its consumer.");
            Items = meter.CreateCounter<long>("letta.client.item.count", "{batch}", "Batches a listing yielded to its consumer.");
            PageDuration = Seconds(meter, "letta.client.page.duration", "Each page request of a listing, retries included, by cursor side and status or error.");
            WatchPolls = meter.CreateCounter<long>("letta.client.watch.poll.count", "{poll}", "Polls of a batch watch (one whole listing each), by outcome (ok or failed) and error.");
            WatchChanges = meter.CreateCounter<long>("letta.client.watch.change.count", "{change}", "Changes a batch watch saw, by kind (appeared, changed, left).");
        }

        public Counter<long> Requests { get; }

        public Counter<long> Retries { get; }

        public Histogram<double> RetryDelay { get; }

        public Counter<long> Pages { get; }

        public Counter<long> Items { get; }

        public Histogram<double> PageDuration { get; }

        public Counter<long> WatchPolls { get; }

        public Counter<long> WatchChanges { get; }

#if NET9_0_OR_GREATER
        // OpenTelemetry's default buckets are made for milliseconds; these are its HTTP duration buckets, up to MaxRetryAfter's default.
        private static readonly InstrumentAdvice<double> SecondsBuckets = new InstrumentAdvice<double>
        {
            HistogramBucketBoundaries = new[] { 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 30, 60 },
        };

        private static Histogram<double> Seconds(Meter meter, string name, string description) =>
            meter.CreateHistogram(name, "s", description, tags: null, advice: SecondsBuckets);
#else
        private static Histogram<double> Seconds(Meter meter, string name, string description) =>
            meter.CreateHistogram<double>(name, "s", description);
#endif

        /// <summary>The instruments on <paramref name="factory"/>'s meter (the same set for every client of that factory), or the shared ones.</summary>
        public static LettaMetrics For(IMeterFactory? factory)
        {
            if (factory is null) return Shared;
            var meter = factory.Create(new MeterOptions(LettaDiagnostics.MeterName) { Version = RequestHeaders.LibraryVersion() });
            return ByMeter.GetValue(meter, m => new LettaMetrics(m));
        }
    }
}
