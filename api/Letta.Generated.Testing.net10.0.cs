[assembly: System.Runtime.Versioning.TargetFramework(".NETCoreApp,Version=v10.0", FrameworkDisplayName=".NET 10.0")]
namespace Letta.Generated.Testing
{
    public sealed class LettaSimulator : System.IDisposable
    {
        public string? ApiKey { get; }
        public System.Uri BaseUrl { get; }
        public System.Collections.Generic.IReadOnlyList<Letta.Generated.Simulator.SimulatedBatch> Batches { get; }
        public Letta.Generated.Simulator.SimulatedLettaServer Core { get; }
        public Letta.Generated.Simulator.FaultQueue Faults { get; }
        public Letta.Generated.Simulator.LettaSimulatorOptions Options { get; }
        public int RequestCount { get; }
        public System.Collections.Generic.IReadOnlyList<Letta.Generated.Simulator.RecordedRequest> Requests { get; }
        public WireMock.Server.WireMockServer Server { get; }
        public void AddBatch(Letta.Generated.Simulator.SimulatedBatch batch) { }
        public void AddBatches(System.Collections.Generic.IEnumerable<Letta.Generated.Simulator.SimulatedBatch> batches) { }
        public void Clear() { }
        public void ClearRequests() { }
        public System.Net.Http.HttpClient CreateHttpClient() { }
        public void Dispose() { }
        public void OnRequest(System.Action<Letta.Generated.Simulator.RecordedRequest>? hook) { }
        public bool RemoveBatch(string id) { }
        public System.Collections.Generic.IReadOnlyList<Letta.Generated.Simulator.SimulatedBatch> Seed(int count, int seed = 42, bool allowTies = false, bool includeNewStopReasons = false) { }
        public System.Collections.Generic.IReadOnlyList<Letta.Generated.Simulator.SimulatedBatch> SeedListed(int listedCount, int unlistedCount = 0, int seed = 42, bool allowTies = false, bool includeNewStopReasons = false) { }
        public Letta.Generated.Simulator.SimulatedBatch UpdateBatch(string id, System.Func<Letta.Generated.Simulator.SimulatedBatch, Letta.Generated.Simulator.SimulatedBatch> update) { }
        public static Letta.Generated.Testing.LettaSimulator Start(Letta.Generated.Simulator.LettaSimulatorOptions? options = null) { }
    }
}
