using System.Collections.Generic;
using System.Linq;
using Letta.Generated.Simulator;

namespace Letta.Generated.Cli.Tests.Support
{
    /// <summary>The simulated server the in-process tests list, and what it lists.</summary>
    internal static class Sim
    {
        /// <summary>A server with <paramref name="listed"/> listed batches (and a few it does not list).</summary>
        public static SimulatedLettaServer Server(int listed = 40, string? apiKey = null) =>
            new(new LettaSimulatorOptions { SeedCount = listed, UnlistedSeedCount = 10, Seed = 7, IncludeNewStopReasons = true, ApiKey = apiKey });

        /// <summary>An empty server; the test adds batches or faults.</summary>
        public static SimulatedLettaServer Empty() => new(new LettaSimulatorOptions());

        /// <summary><c>--base-url &lt;the server&gt;</c> followed by <paramref name="args"/>.</summary>
        public static string[] Args(SimulatedLettaServer server, params string[] args) =>
            new[] { "--base-url", server.BaseUrl.ToString() }.Concat(args).ToArray();

        public static string Url(SimulatedLettaServer server) => server.BaseUrl.ToString();

        /// <summary>The listed batches oldest first, by (created_at, id), as the server lists them.</summary>
        public static IReadOnlyList<string> AscendingIds(SimulatedLettaServer server) =>
            server.Batches.Where(b => b.Status is "created" or "running").Select(b => b.Id).ToList();

        public static IReadOnlyList<string> DescendingIds(SimulatedLettaServer server) => AscendingIds(server).Reverse().ToList();
    }
}
