[assembly: System.Runtime.Versioning.TargetFramework(".NETCoreApp,Version=v10.0", FrameworkDisplayName=".NET 10.0")]
namespace Letta.Generated.Testing
{
    public sealed class LettaSimulator : System.IDisposable
    {
        public string? ApiKey { get; }
        public System.Uri BaseUrl { get; }
        public System.Collections.Generic.IReadOnlyList<Letta.Generated.Testing.SimulatedBatch> Batches { get; }
        public Letta.Generated.Testing.SimulatedLettaServer Core { get; }
        public Letta.Generated.Testing.FaultQueue Faults { get; }
        public Letta.Generated.Testing.LettaSimulatorOptions Options { get; }
        public int RequestCount { get; }
        public System.Collections.Generic.IReadOnlyList<Letta.Generated.Testing.RecordedRequest> Requests { get; }
        public WireMock.Server.WireMockServer Server { get; }
        public void AddBatch(Letta.Generated.Testing.SimulatedBatch batch) { }
        public void AddBatches(System.Collections.Generic.IEnumerable<Letta.Generated.Testing.SimulatedBatch> batches) { }
        public void Clear() { }
        public void ClearRequests() { }
        public System.Net.Http.HttpClient CreateHttpClient() { }
        public void Dispose() { }
        public void OnRequest(System.Action<Letta.Generated.Testing.RecordedRequest>? hook) { }
        public bool RemoveBatch(string id) { }
        public System.Collections.Generic.IReadOnlyList<Letta.Generated.Testing.SimulatedBatch> Seed(int count, int seed = 42, bool allowTies = false, bool includeNewStopReasons = false) { }
        public System.Collections.Generic.IReadOnlyList<Letta.Generated.Testing.SimulatedBatch> SeedListed(int listedCount, int unlistedCount = 0, int seed = 42, bool allowTies = false, bool includeNewStopReasons = false) { }
        public Letta.Generated.Testing.SimulatedBatch UpdateBatch(string id, System.Func<Letta.Generated.Testing.SimulatedBatch, Letta.Generated.Testing.SimulatedBatch> update) { }
        public static Letta.Generated.Testing.LettaSimulator Start(Letta.Generated.Testing.LettaSimulatorOptions? options = null) { }
    }
}
