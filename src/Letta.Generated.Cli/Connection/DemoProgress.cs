using System;
using Letta.Generated.Simulator;

namespace Letta.Generated.Cli.Connection
{
    /// <summary>
    /// The pace of <c>--demo --watch</c>: a step every second, so that within a few seconds some of the 40 batches
    /// start running, some finish and leave, and new ones arrive (about two changes a second), without a flood.
    /// </summary>
    internal static class DemoProgress
    {
        public static SimulatedProgress Create() => new()
        {
            Step = TimeSpan.FromSeconds(1),
            StartChance = 0.06,
            FinishChance = 0.05,
            ArrivalChance = 0.35,
            Seed = 2026,
        };
    }
}
