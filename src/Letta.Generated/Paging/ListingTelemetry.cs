using System;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Letta.Generated
{
    /// <summary>
    /// What the pager reports, for every listing of one client: its logger (category <c>Letta.Generated.Paging</c>),
    /// instruments, clock (page durations) and redactor. Each enumeration gets a <see cref="ListingScope"/>.
    /// </summary>
    internal sealed class ListingTelemetry
    {
        /// <summary>For a pager without a configured client (a mock client, tests): spans and metrics as usual, no logs.</summary>
        public static readonly ListingTelemetry None = new ListingTelemetry(new LettaClientOptions(_ => null), new SecretRedactor(Array.Empty<string>()));

        public ListingTelemetry(LettaClientOptions options, SecretRedactor redactor)
        {
            Logger = options.LoggerFactory?.CreateLogger(ListingLog.Category) ?? NullLogger.Instance;
            Metrics = LettaMetrics.For(options.MeterFactory);
            Time = options.TimeProvider;
            Redactor = redactor;
        }

        public ILogger Logger { get; }

        public LettaMetrics Metrics { get; }

        public TimeProvider Time { get; }

        public SecretRedactor Redactor { get; }

        /// <summary>Starts a listing's span (a child of the current activity): when its enumeration starts.</summary>
        public ListingScope Start(SortOrder order, int pageSize, CursorReading reading, bool resumed) =>
            new ListingScope(this, order, pageSize, reading, resumed);
    }
}
