using System;

namespace Letta.Generated.Simulator
{
    /// <summary>
    /// How a simulated server's batches move on by themselves, on the simulator's clock
    /// (<see cref="LettaSimulatorOptions.TimeProvider"/>): at every <see cref="Step"/> each <c>created</c> batch may start
    /// <c>running</c>, each <c>running</c> one may finish (<c>completed</c>, <c>failed</c>, <c>cancelled</c> or
    /// <c>expired</c>, and so leave the listing) and a new <c>created</c> batch may arrive. Set it on
    /// <see cref="LettaSimulatorOptions.Progress"/>; null there (the default) keeps batches as they are. The steps are
    /// applied when a request arrives (or <see cref="SimulatedLettaServer.Batches"/> is read) for the time passed since
    /// the last one, so a fake clock drives them: advance it by three steps and the next listing shows three steps of
    /// change. The same seed and the same clock readings always give the same changes.
    /// </summary>
    public sealed class SimulatedProgress
    {
        /// <summary>How many steps one catch-up applies at most; time beyond that is skipped (a clock advanced by days does not replay them).</summary>
        public const int MaxStepsAtOnce = 10_000;

        private TimeSpan _step = TimeSpan.FromSeconds(1);

        /// <summary>The time between two steps on the simulator's clock; 1 second by default, more than zero.</summary>
        public TimeSpan Step
        {
            get => _step;
            set => _step = value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Step must be more than zero.");
        }

        /// <summary>The chance (0 to 1) that a <c>created</c> batch starts <c>running</c> at a step; 0.2 by default.</summary>
        public double StartChance { get; set; } = 0.2;

        /// <summary>The chance (0 to 1) that a <c>running</c> batch finishes at a step (and leaves the listing); 0.1 by default.</summary>
        public double FinishChance { get; set; } = 0.1;

        /// <summary>The chance (0 to 1) that one new <c>created</c> batch arrives at a step; 0.5 by default.</summary>
        public double ArrivalChance { get; set; } = 0.5;

        /// <summary>The random seed of the changes and of the new batches; 42 by default.</summary>
        public int Seed { get; set; } = 42;
    }
}
