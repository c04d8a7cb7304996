[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Letta.Generated.Benchmarks")]
[assembly: System.Runtime.Versioning.TargetFramework(".NETCoreApp,Version=v10.0", FrameworkDisplayName=".NET 10.0")]
namespace Letta.Generated.Simulator
{
    public enum FaultKind
    {
        DelayOnly = 0,
        FixedResponse = 1,
        TruncatedPage = 2,
        ObjectInsteadOfArray = 3,
        StalledBody = 4,
        DrippingBody = 5,
        ConnectionReset = 6,
        OversizedPage = 7,
        PageCap = 8,
        MalformedField = 9,
        CorruptGzipBody = 10,
        ExtraHeaders = 11,
    }
    public sealed class FaultQueue
    {
        public int Count { get; }
        public void Clear() { }
        public Letta.Generated.Simulator.FaultQueue Enqueue(params Letta.Generated.Simulator.SimulatedFault[] faults) { }
        public Letta.Generated.Simulator.FaultQueue EnqueueRepeated(Letta.Generated.Simulator.SimulatedFault fault, int times) { }
    }
    public sealed class LettaSimulatorHandler : System.Net.Http.HttpMessageHandler
    {
        public LettaSimulatorHandler(Letta.Generated.Simulator.SimulatedLettaServer server) { }
        public Letta.Generated.Simulator.SimulatedLettaServer Server { get; }
        protected override System.Net.Http.HttpResponseMessage Send(System.Net.Http.HttpRequestMessage request, System.Threading.CancellationToken cancellationToken) { }
        protected override System.Threading.Tasks.Task<System.Net.Http.HttpResponseMessage> SendAsync(System.Net.Http.HttpRequestMessage request, System.Threading.CancellationToken cancellationToken) { }
    }
    public sealed class LettaSimulatorOptions
    {
        public LettaSimulatorOptions() { }
        public bool AllowTies { get; set; }
        public string? ApiKey { get; set; }
        public Letta.Generated.Simulator.SimulatedCursorReading CursorReading { get; set; }
        public bool IncludeNewStopReasons { get; set; }
        public bool ListAllStatuses { get; set; }
        public bool OffsetlessCreatedAndUpdatedAt { get; set; }
        public System.Action<Letta.Generated.Simulator.RecordedRequest>? OnRequest { get; set; }
        public Letta.Generated.Simulator.PagingQuirk PagingQuirk { get; set; }
        public Letta.Generated.Simulator.SimulatedProgress? Progress { get; set; }
        public int Seed { get; set; }
        public int SeedCount { get; set; }
        public System.TimeProvider TimeProvider { get; set; }
        public int UnlistedSeedCount { get; set; }
        public Letta.Generated.Simulator.ValidationErrorShape ValidationErrorShape { get; set; }
    }
    public static class LettaValues
    {
        public static System.Collections.Generic.IReadOnlyList<string> DocumentedStopReasons { get; }
        public static System.Collections.Generic.IReadOnlyList<string> JobStatuses { get; }
        public static System.Collections.Generic.IReadOnlyList<string> JobTypes { get; }
        public static System.Collections.Generic.IReadOnlyList<string> ListedStatuses { get; }
        public static System.Collections.Generic.IReadOnlyList<string> NewerStopReasons { get; }
        public static bool IsListed(string? status) { }
    }
    public enum PagingQuirk
    {
        None = 0,
        IgnoreCursors = 1,
        RepeatEachPageOnce = 2,
    }
    public sealed class RecordedRequest
    {
        public System.Collections.Generic.IReadOnlyDictionary<string, string> Headers { get; }
        public string Method { get; }
        public int Number { get; }
        public string Path { get; }
        public System.Collections.Generic.IReadOnlyDictionary<string, string> Query { get; }
        public System.Collections.Generic.IReadOnlyList<System.Collections.Generic.KeyValuePair<string, string>> QueryParameters { get; }
        public string RawQuery { get; }
        public System.DateTimeOffset ReceivedAt { get; }
        public int? StatusCode { get; }
        public override string ToString() { }
    }
    public sealed class SimulatedBatch : System.IEquatable<Letta.Generated.Simulator.SimulatedBatch>
    {
        public SimulatedBatch() { }
        public string? AgentId { get; init; }
        public bool? Background { get; init; }
        public string? CallbackError { get; init; }
        public System.DateTimeOffset? CallbackSentAt { get; init; }
        public int? CallbackStatusCode { get; init; }
        public string? CallbackUrl { get; init; }
        public System.DateTimeOffset? CompletedAt { get; init; }
        public required System.DateTimeOffset CreatedAt { get; init; }
        public string? CreatedById { get; init; }
        public required string Id { get; init; }
        public string? JobType { get; init; }
        public string? LastUpdatedById { get; init; }
        public Newtonsoft.Json.Linq.JObject? Metadata { get; init; }
        public string Status { get; init; }
        public string? StopReason { get; init; }
        public long? TotalDurationNs { get; init; }
        public long? TtftNs { get; init; }
        public System.DateTimeOffset? UpdatedAt { get; init; }
        public string? UserId { get; init; }
        public static Newtonsoft.Json.Linq.JObject ParseMetadata(string json) { }
    }
    public sealed class SimulatedBatchFactory
    {
        public static readonly System.DateTimeOffset DefaultEpoch;
        public SimulatedBatchFactory(int seed = 42, System.DateTimeOffset? epoch = default) { }
        public bool AllowTies { get; set; }
        public bool IncludeNewStopReasons { get; set; }
        public string UserId { get; }
        public System.Collections.Generic.IReadOnlyList<Letta.Generated.Simulator.SimulatedBatch> Create(int count) { }
        public System.Collections.Generic.IReadOnlyList<Letta.Generated.Simulator.SimulatedBatch> CreateListed(int listedCount, int unlistedCount = 0) { }
        public Letta.Generated.Simulator.SimulatedBatch CreateOne() { }
    }
    public enum SimulatedCursorReading
    {
        Chronological = 0,
        SortOrderRelative = 1,
    }
    public sealed class SimulatedFault
    {
        public string? Body { get; }
        public string? ContentType { get; }
        public System.TimeSpan Delay { get; }
        public System.Collections.Generic.IReadOnlyList<System.Collections.Generic.KeyValuePair<string, string>> Headers { get; }
        public bool IsSticky { get; }
        public Letta.Generated.Simulator.FaultKind Kind { get; }
        public int StatusCode { get; }
        public Letta.Generated.Simulator.SimulatedFault AsSticky() { }
        public override string ToString() { }
        public Letta.Generated.Simulator.SimulatedFault WithDelay(System.TimeSpan delay) { }
        public Letta.Generated.Simulator.SimulatedFault WithHeader(string name, string value) { }
        public Letta.Generated.Simulator.SimulatedFault WithRetryAfter(System.DateTimeOffset when) { }
        public Letta.Generated.Simulator.SimulatedFault WithRetryAfter(System.TimeSpan delay) { }
        public Letta.Generated.Simulator.SimulatedFault WithRetryAfterMilliseconds(long milliseconds) { }
        public Letta.Generated.Simulator.SimulatedFault WithShouldRetry(bool shouldRetry) { }
        public static Letta.Generated.Simulator.SimulatedFault ConnectionReset(long afterBytes) { }
        public static Letta.Generated.Simulator.SimulatedFault CorruptGzip() { }
        public static Letta.Generated.Simulator.SimulatedFault DatabaseError() { }
        public static Letta.Generated.Simulator.SimulatedFault DatabaseLocked() { }
        public static Letta.Generated.Simulator.SimulatedFault DrippingBody(int bytesPerDrip, System.TimeSpan interval) { }
        public static Letta.Generated.Simulator.SimulatedFault EmptyBody() { }
        public static Letta.Generated.Simulator.SimulatedFault HtmlError(int statusCode = 502) { }
        public static Letta.Generated.Simulator.SimulatedFault MalformedField(string field, string rawJsonValue) { }
        public static Letta.Generated.Simulator.SimulatedFault MalformedJson() { }
        public static Letta.Generated.Simulator.SimulatedFault NullBody() { }
        public static Letta.Generated.Simulator.SimulatedFault ObjectInsteadOfArray() { }
        public static Letta.Generated.Simulator.SimulatedFault OversizedPage(long sizeInBytes) { }
        public static Letta.Generated.Simulator.SimulatedFault PageCap(int maxItems) { }
        public static Letta.Generated.Simulator.SimulatedFault RateLimited() { }
        public static Letta.Generated.Simulator.SimulatedFault RawHeader(string name, string value) { }
        public static Letta.Generated.Simulator.SimulatedFault Redirect(string location, int statusCode = 307) { }
        public static Letta.Generated.Simulator.SimulatedFault ServiceUnavailable() { }
        public static Letta.Generated.Simulator.SimulatedFault Slow(System.TimeSpan delay) { }
        public static Letta.Generated.Simulator.SimulatedFault StalledBody(long afterBytes = 0) { }
        public static Letta.Generated.Simulator.SimulatedFault Status(int statusCode, string? body = null, string? contentType = "application/json") { }
        public static Letta.Generated.Simulator.SimulatedFault TruncatedPage() { }
        public static Letta.Generated.Simulator.SimulatedFault UnknownError() { }
    }
    public sealed class SimulatedLettaServer : System.IDisposable
    {
        public SimulatedLettaServer(Letta.Generated.Simulator.LettaSimulatorOptions? options = null) { }
        public string? ApiKey { get; }
        public System.Uri BaseUrl { get; }
        public System.Collections.Generic.IReadOnlyList<Letta.Generated.Simulator.SimulatedBatch> Batches { get; }
        public Letta.Generated.Simulator.FaultQueue Faults { get; }
        public Letta.Generated.Simulator.LettaSimulatorOptions Options { get; }
        public int RequestCount { get; }
        public System.Collections.Generic.IReadOnlyList<Letta.Generated.Simulator.RecordedRequest> Requests { get; }
        public void AddBatch(Letta.Generated.Simulator.SimulatedBatch batch) { }
        public void AddBatches(System.Collections.Generic.IEnumerable<Letta.Generated.Simulator.SimulatedBatch> batches) { }
        public void Clear() { }
        public void ClearRequests() { }
        public Letta.Generated.Simulator.LettaSimulatorHandler CreateHandler() { }
        public System.Net.Http.HttpClient CreateHttpClient() { }
        public void Dispose() { }
        public System.Threading.Tasks.Task<Letta.Generated.Simulator.SimulatedResponse> HandleAsync(Letta.Generated.Simulator.SimulatedRequest request, System.Threading.CancellationToken cancellationToken = default) { }
        public void OnRequest(System.Action<Letta.Generated.Simulator.RecordedRequest>? hook) { }
        public bool RemoveBatch(string id) { }
        public System.Collections.Generic.IReadOnlyList<Letta.Generated.Simulator.SimulatedBatch> Seed(int count, int seed = 42, bool allowTies = false, bool includeNewStopReasons = false) { }
        public System.Collections.Generic.IReadOnlyList<Letta.Generated.Simulator.SimulatedBatch> SeedListed(int listedCount, int unlistedCount = 0, int seed = 42, bool allowTies = false, bool includeNewStopReasons = false) { }
        public Letta.Generated.Simulator.SimulatedBatch UpdateBatch(string id, System.Func<Letta.Generated.Simulator.SimulatedBatch, Letta.Generated.Simulator.SimulatedBatch> update) { }
    }
    public sealed class SimulatedProgress
    {
        public const int MaxStepsAtOnce = 10000;
        public SimulatedProgress() { }
        public double ArrivalChance { get; set; }
        public double FinishChance { get; set; }
        public int Seed { get; set; }
        public double StartChance { get; set; }
        public System.TimeSpan Step { get; set; }
    }
    public sealed class SimulatedRequest
    {
        public SimulatedRequest(string method, string path, string? rawQuery = null, System.Collections.Generic.IEnumerable<System.Collections.Generic.KeyValuePair<string, string>>? headers = null) { }
        public System.Collections.Generic.IReadOnlyList<System.Collections.Generic.KeyValuePair<string, string>> Headers { get; }
        public string Method { get; }
        public string Path { get; }
        public string RawQuery { get; }
    }
    public sealed class SimulatedResponse : System.IDisposable
    {
        public System.IO.Stream? Body { get; }
        public System.Collections.Generic.IReadOnlyList<System.Collections.Generic.KeyValuePair<string, string>> Headers { get; }
        public bool IsBodyStreamed { get; }
        public int StatusCode { get; }
        public void Dispose() { }
    }
    public enum ValidationErrorShape
    {
        DetailString = 0,
        DetailArray = 1,
    }
}
