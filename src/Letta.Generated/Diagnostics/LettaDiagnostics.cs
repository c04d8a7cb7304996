namespace Letta.Generated
{
    /// <summary>
    /// The names under which the client reports what it does, for an OpenTelemetry pipeline:
    /// <c>AddSource(LettaDiagnostics.ActivitySourceName)</c> for traces, <c>AddMeter(LettaDiagnostics.MeterName)</c>
    /// for metrics. Log events go to <see cref="LettaClientOptions.LoggerFactory"/> under the categories
    /// <c>Letta.Generated.Http</c> (retries), <c>Letta.Generated.Paging</c> (pages) and <c>Letta.Generated.Watch</c> (polls of a watch). None of them carries the API
    /// key, a configured header's value or a URL's user info.
    /// </summary>
    public static class LettaDiagnostics
    {
        /// <summary>
        /// The <see cref="System.Diagnostics.ActivitySource"/> of the client's spans: one per listing
        /// (<c>Letta.ListAllBatches</c>) with a child per page request (<c>Letta.ListAllBatches.Page</c>), under which .NET's
        /// own HTTP client spans appear; a watch adds one <c>Letta.WatchBatches.Poll</c> span per poll, parent of its listing's.
        /// </summary>
        public const string ActivitySourceName = "Letta.Generated";

        /// <summary>The <see cref="System.Diagnostics.Metrics.Meter"/> of the client's instruments (<c>letta.client.*</c>).</summary>
        public const string MeterName = "Letta.Generated";
    }
}
