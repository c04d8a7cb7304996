using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Letta.Generated.Tests.Support
{
    /// <summary>
    /// Everything a client reports during one test, with the well-kept fakes: its log events (<see cref="FakeLogger"/>
    /// through an <see cref="ILoggerFactory"/>), its measurements (<see cref="MetricCollector{T}"/> on a meter factory of
    /// this test's own, so other clients' measurements never mix in) and its spans (an <see cref="ActivityListener"/>,
    /// keeping only the spans under this test's root activity, which is current from construction to disposal).
    /// </summary>
    internal sealed class TelemetryCapture : IDisposable
    {
        private static readonly ActivitySource TestSource = new ActivitySource("Letta.Generated.Tests");

        private readonly ServiceProvider _meters;
        private readonly ActivityListener _listener;
        private readonly ConcurrentQueue<Activity> _stopped = new ConcurrentQueue<Activity>();
        private readonly Activity _root;
        private readonly List<IDisposable> _collectors = new List<IDisposable>();

        public TelemetryCapture()
        {
            var logs = new FakeLoggerProvider();
            Logs = logs.Collector;
            LoggerFactory = Microsoft.Extensions.Logging.LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
            _meters = new ServiceCollection().AddMetrics().BuildServiceProvider();
            MeterFactory = _meters.GetRequiredService<IMeterFactory>();
            _listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name is LettaDiagnostics.ActivitySourceName or "System.Net.Http" or "Letta.Generated.Tests",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = activity => _stopped.Enqueue(activity),
            };
            ActivitySource.AddActivityListener(_listener);
            _root = TestSource.StartActivity("test")!;
        }

        public FakeLogCollector Logs { get; }

        public ILoggerFactory LoggerFactory { get; }

        public IMeterFactory MeterFactory { get; }

        /// <summary>The root activity every span of the test descends from.</summary>
        public Activity Root => _root;

        /// <summary>Points the options at this capture's logger and meter factories.</summary>
        public LettaClientOptions Configure(LettaClientOptions options)
        {
            options.LoggerFactory = LoggerFactory;
            options.MeterFactory = MeterFactory;
            return options;
        }

        /// <summary>The log events with <paramref name="eventId"/>, in order.</summary>
        public IReadOnlyList<FakeLogRecord> Events(int eventId) => Logs.GetSnapshot().Where(r => r.Id.Id == eventId).ToList();

        /// <summary>Collects one instrument of the client's meter (from this test's meter factory).</summary>
        public MetricCollector<T> Collect<T>(string instrumentName)
            where T : struct
        {
            var collector = new MetricCollector<T>(MeterFactory, LettaDiagnostics.MeterName, instrumentName);
            _collectors.Add(collector);
            return collector;
        }

        /// <summary>The stopped spans named <paramref name="operationName"/> in this test's trace, in the order they ended.</summary>
        public IReadOnlyList<Activity> Spans(string operationName) =>
            _stopped.Where(a => a.TraceId == _root.TraceId && a.OperationName == operationName).ToList();

        /// <summary>The stopped spans of <paramref name="sourceName"/> in this test's trace.</summary>
        public IReadOnlyList<Activity> SpansOf(string sourceName) =>
            _stopped.Where(a => a.TraceId == _root.TraceId && a.Source.Name == sourceName).ToList();

        public void Dispose()
        {
            _root.Dispose();
            _listener.Dispose();
            foreach (var collector in _collectors) collector.Dispose();
            LoggerFactory.Dispose();
            _meters.Dispose();
        }
    }
}
