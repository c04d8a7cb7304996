using System.IO;
using Letta.Generated.Testing;

namespace Letta.Generated.Cli.Connection
{
    /// <summary>
    /// The in-process Letta simulator used when no server is configured, so the tool shows something real on first
    /// run: 60 seeded batches (about half of them listed: the server lists only created and running batches),
    /// including the stop reasons the documentation lacks.
    /// </summary>
    internal static class DemoServer
    {
        public const int SeedCount = 60;
        public const int Seed = 2026;

        public static LettaSimulator Start() =>
            LettaSimulator.Start(new LettaSimulatorOptions { SeedCount = SeedCount, Seed = Seed, IncludeNewStopReasons = true });

        public static void WriteNote(TextWriter stderr, LettaSimulator simulator)
        {
            stderr.WriteLine("note: no Letta server configured: listing a built-in DEMO server at " + simulator.BaseUrl + " (" + SeedCount + " sample batches; like Letta, it lists only the created and running ones).");
            stderr.WriteLine("      To list your own batches: letta-batches --base-url https://api.letta.com --api-key <your key>");
            stderr.WriteLine("      or set LETTA_BASE_URL and LETTA_API_KEY (a self-hosted server: --base-url http://localhost:8283).");
        }
    }
}
