using System;
using Letta.Generated.Simulator;

namespace Letta.Generated.Tests.Support
{
    /// <summary>An in-process simulator (no socket) holding readable batches, and clients over it.</summary>
    internal static class InProcessListing
    {
        public static readonly DateTimeOffset Epoch = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

        /// <summary>A server holding job-000 .. job-(count-1), all listed, one second apart (job-000 the oldest).</summary>
        public static SimulatedLettaServer ServerWith(int count, LettaSimulatorOptions? options = null)
        {
            var server = new SimulatedLettaServer(options);
            for (var i = 0; i < count; i++)
            {
                server.AddBatch(new SimulatedBatch { Id = $"job-{i:D3}", CreatedAt = Epoch.AddSeconds(i), Status = "running" });
            }

            return server;
        }

        /// <summary>A client over <paramref name="server"/>'s in-process handler, through the library's whole pipeline.</summary>
        public static LettaClient Client(SimulatedLettaServer server, TimeProvider time, TelemetryCapture telemetry, int maxRetries = 2)
        {
            var options = new LettaClientOptions(_ => null)
            {
                BaseUrl = server.BaseUrl,
                MaxRetries = maxRetries,
                NetworkTimeout = TimeSpan.FromSeconds(100),
                TimeProvider = time,
            };
            telemetry.Configure(options);
            return new LettaClient(server.CreateHttpClient(), options);
        }
    }
}
