using System;
using System.Globalization;
using System.Threading;
using Letta.Generated.Simulator;
using Letta.Generated.Testing;

namespace Letta.Generated.SimulatorHost
{
    /// <summary>
    /// Starts a <see cref="LettaSimulator"/> on a free loopback port with N seeded batches of every status,
    /// prints its base URL as the first line of stdout, and serves until stdin closes or the process is
    /// stopped (Ctrl+C, SIGTERM).
    /// Usage: Letta.Generated.SimulatorHost [--count N] [--seed S]
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            var count = 1000;
            var seed = 42;
            for (var i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--count" when i + 1 < args.Length:
                        count = int.Parse(args[++i], CultureInfo.InvariantCulture);
                        break;
                    case "--seed" when i + 1 < args.Length:
                        seed = int.Parse(args[++i], CultureInfo.InvariantCulture);
                        break;
                    default:
                        Console.Error.WriteLine("usage: Letta.Generated.SimulatorHost [--count N] [--seed S]");
                        return 2;
                }
            }

            // N batches of drawn statuses (Seed, not SeedCount, which counts listed batches only), all listed.
            using var simulator = LettaSimulator.Start(new LettaSimulatorOptions { ListAllStatuses = true });
            simulator.Seed(count, seed);
            Console.Out.WriteLine(simulator.BaseUrl.AbsoluteUri);
            Console.Out.Flush();
            Console.Error.WriteLine("Letta simulator with " + count + " batches at " + simulator.BaseUrl + "; close stdin or press Ctrl+C to stop.");

            using var stop = new ManualResetEventSlim();
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                stop.Set();
            };
            AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Set();
            var stdinWatcher = new Thread(() =>
            {
                try
                {
                    while (Console.In.ReadLine() is not null)
                    {
                    }
                }
                catch (Exception e) when (e is System.IO.IOException || e is ObjectDisposedException)
                {
                }
                stop.Set();
            })
            { IsBackground = true, Name = "stdin watcher" };
            stdinWatcher.Start();

            stop.Wait();
            Console.Error.WriteLine("Stopping after " + simulator.RequestCount + " requests.");
            return 0;
        }
    }
}
