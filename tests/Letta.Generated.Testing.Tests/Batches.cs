using System;
using Letta.Generated.Simulator;

namespace Letta.Generated.Testing.Tests
{
    /// <summary>Hand-made batches with readable ids and creation times one second apart.</summary>
    internal static class Batches
    {
        public static readonly DateTimeOffset Epoch = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

        public static SimulatedBatch Make(int second, string status = "running", string? id = null) => new()
        {
            Id = id ?? $"job-{second:D3}",
            CreatedAt = Epoch.AddSeconds(second),
            Status = status,
        };

        /// <summary>Batches job-000..job-(count-1), all listed, created one second apart.</summary>
        public static LettaSimulator StartWith(int count, LettaSimulatorOptions? options = null)
        {
            var simulator = LettaSimulator.Start(options);
            for (var i = 0; i < count; i++)
            {
                simulator.AddBatch(Make(i));
            }

            return simulator;
        }
    }
}
