[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Letta.Generated.DependencyInjection")]
[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Letta.Generated.Tests")]
[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("letta-batches")]
[assembly: System.Runtime.Versioning.TargetFramework(".NETCoreApp,Version=v10.0", FrameworkDisplayName=".NET 10.0")]
namespace Letta.Generated
{
    public sealed class BatchChange
    {
        public BatchChange(Letta.Generated.BatchChangeKind kind, Letta.Generated.BatchJson batch, System.DateTimeOffset at) { }
        public System.DateTimeOffset At { get; }
        public Letta.Generated.BatchJson Batch { get; }
        public string Id { get; }
        public Letta.Generated.BatchChangeKind Kind { get; }
        public override string ToString() { }
    }
    public enum BatchChangeKind
    {
        Appeared = 0,
        Changed = 1,
        Left = 2,
    }
    [Newtonsoft.Json.JsonConverter(typeof(Letta.Generated.BatchJob.NewtonsoftJsonConverter?))]
    [System.Text.Json.Serialization.JsonConverter(typeof(Letta.Generated.BatchJob.SystemTextJsonConverter?))]
    public class BatchJob
    {
        public BatchJob() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("agent_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? AgentId { get; set; }
        [Newtonsoft.Json.JsonProperty("background", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public bool? Background { get; set; }
        [Newtonsoft.Json.JsonProperty("callback_error", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? CallbackError { get; set; }
        [Newtonsoft.Json.JsonProperty("callback_sent_at", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.DateTimeOffset? CallbackSentAt { get; set; }
        [Newtonsoft.Json.JsonProperty("callback_status_code", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public int? CallbackStatusCode { get; set; }
        [Newtonsoft.Json.JsonProperty("callback_url", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? CallbackUrl { get; set; }
        [Newtonsoft.Json.JsonProperty("completed_at", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.DateTimeOffset? CompletedAt { get; set; }
        [Newtonsoft.Json.JsonProperty("created_at", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.DateTimeOffset? CreatedAt { get; set; }
        [Newtonsoft.Json.JsonProperty("created_by_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? CreatedById { get; set; }
        [Newtonsoft.Json.JsonProperty("id", Required=Newtonsoft.Json.Required.Always)]
        public string Id { get; set; }
        [Newtonsoft.Json.JsonProperty("job_type", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public Letta.Generated.JobType? JobType { get; set; }
        [Newtonsoft.Json.JsonProperty("last_updated_by_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? LastUpdatedById { get; set; }
        [Newtonsoft.Json.JsonProperty("metadata", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.Collections.Generic.IDictionary<string, object?>? Metadata { get; set; }
        [Newtonsoft.Json.JsonProperty("status", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public Letta.Generated.JobStatus? Status { get; set; }
        [Newtonsoft.Json.JsonProperty("stop_reason", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public Letta.Generated.StopReasonType? StopReason { get; set; }
        [Newtonsoft.Json.JsonIgnore]
        public System.TimeSpan? TimeToFirstToken { get; }
        [Newtonsoft.Json.JsonIgnore]
        public System.TimeSpan? TotalDuration { get; }
        [Newtonsoft.Json.JsonProperty("total_duration_ns", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public long? TotalDurationNs { get; set; }
        [Newtonsoft.Json.JsonProperty("ttft_ns", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public long? TtftNs { get; set; }
        [Newtonsoft.Json.JsonProperty("updated_at", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.DateTimeOffset? UpdatedAt { get; set; }
        public sealed class SystemTextJsonConverter : System.Text.Json.Serialization.JsonConverter<Letta.Generated.BatchJob>
        {
            public SystemTextJsonConverter() { }
            public override Letta.Generated.BatchJob Read(ref System.Text.Json.Utf8JsonReader reader, System.Type typeToConvert, System.Text.Json.JsonSerializerOptions options) { }
            public override void Write(System.Text.Json.Utf8JsonWriter writer, Letta.Generated.BatchJob value, System.Text.Json.JsonSerializerOptions options) { }
        }
    }
    public sealed class BatchJson
    {
        public BatchJson(string id, System.DateTimeOffset? createdAt, System.ReadOnlyMemory<byte> utf8Json) { }
        public System.DateTimeOffset? CreatedAt { get; }
        public string Id { get; }
        public System.ReadOnlyMemory<byte> Utf8Json { get; }
        public Letta.Generated.BatchJob ToBatchJob() { }
        public override string ToString() { }
    }
    [Newtonsoft.Json.JsonConverter(typeof(Letta.Generated.BatchSortField.JsonConverter))]
    [System.Diagnostics.DebuggerDisplay("{Value,nq}")]
    [System.Text.Json.Serialization.JsonConverter(typeof(Letta.Generated.BatchSortField.SystemTextJsonConverter))]
    public readonly struct BatchSortField : System.IEquatable<Letta.Generated.BatchSortField>
    {
        public BatchSortField(string value) { }
        public bool IsKnown { get; }
        public string Value { get; }
        public static Letta.Generated.BatchSortField CreatedAt { get; }
        public static System.Collections.Generic.IReadOnlyList<Letta.Generated.BatchSortField> KnownValues { get; }
        public bool Equals(Letta.Generated.BatchSortField other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static Letta.Generated.BatchSortField op_Implicit(string value) { }
        public static bool operator !=(Letta.Generated.BatchSortField left, Letta.Generated.BatchSortField right) { }
        public static bool operator ==(Letta.Generated.BatchSortField left, Letta.Generated.BatchSortField right) { }
        public sealed class SystemTextJsonConverter : System.Text.Json.Serialization.JsonConverter<Letta.Generated.BatchSortField>
        {
            public SystemTextJsonConverter() { }
            public override Letta.Generated.BatchSortField Read(ref System.Text.Json.Utf8JsonReader reader, System.Type typeToConvert, System.Text.Json.JsonSerializerOptions options) { }
            public override void Write(System.Text.Json.Utf8JsonWriter writer, Letta.Generated.BatchSortField value, System.Text.Json.JsonSerializerOptions options) { }
        }
    }
    public enum CursorReading
    {
        Auto = 0,
        Chronological = 1,
        SortOrderRelative = 2,
    }
    [Newtonsoft.Json.JsonConverter(typeof(Letta.Generated.HttpValidationError.NewtonsoftJsonConverter))]
    [System.Text.Json.Serialization.JsonConverter(typeof(Letta.Generated.HttpValidationError.SystemTextJsonConverter))]
    public class HttpValidationError
    {
        public HttpValidationError() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("detail", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public object? Detail { get; set; }
        public sealed class SystemTextJsonConverter : System.Text.Json.Serialization.JsonConverter<Letta.Generated.HttpValidationError>
        {
            public SystemTextJsonConverter() { }
            public override Letta.Generated.HttpValidationError Read(ref System.Text.Json.Utf8JsonReader reader, System.Type typeToConvert, System.Text.Json.JsonSerializerOptions options) { }
            public override void Write(System.Text.Json.Utf8JsonWriter writer, Letta.Generated.HttpValidationError value, System.Text.Json.JsonSerializerOptions options) { }
        }
    }
    public interface ILettaClient
    {
        Letta.Generated.LettaPageable<Letta.Generated.BatchJob> ListAllBatchesAsync(Letta.Generated.ListAllBatchesOptions? options = null, System.Threading.CancellationToken cancellationToken = default);
        Letta.Generated.LettaPageable<Letta.Generated.BatchJson> ListAllBatchesJsonAsync(Letta.Generated.ListAllBatchesOptions? options = null, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<Letta.Generated.LettaResponse<System.Collections.Generic.IReadOnlyList<Letta.Generated.BatchJob>>> ListBatchesAsync(string? before = null, string? after = null, int? limit = default, Letta.Generated.SortOrder? order = default, Letta.Generated.BatchSortField? orderBy = default, System.Threading.CancellationToken cancellationToken = default);
        System.Collections.Generic.IAsyncEnumerable<Letta.Generated.BatchChange> WatchBatchesAsync(Letta.Generated.WatchBatchesOptions? options = null, System.Threading.CancellationToken cancellationToken = default);
    }
    [Newtonsoft.Json.JsonConverter(typeof(Letta.Generated.JobStatus.JsonConverter))]
    [System.Diagnostics.DebuggerDisplay("{Value,nq}")]
    [System.Text.Json.Serialization.JsonConverter(typeof(Letta.Generated.JobStatus.SystemTextJsonConverter))]
    public readonly struct JobStatus : System.IEquatable<Letta.Generated.JobStatus>
    {
        public JobStatus(string value) { }
        public bool IsKnown { get; }
        public string Value { get; }
        public static Letta.Generated.JobStatus Cancelled { get; }
        public static Letta.Generated.JobStatus Completed { get; }
        public static Letta.Generated.JobStatus Created { get; }
        public static Letta.Generated.JobStatus Expired { get; }
        public static Letta.Generated.JobStatus Failed { get; }
        public static System.Collections.Generic.IReadOnlyList<Letta.Generated.JobStatus> KnownValues { get; }
        public static Letta.Generated.JobStatus Pending { get; }
        public static Letta.Generated.JobStatus Running { get; }
        public bool Equals(Letta.Generated.JobStatus other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static Letta.Generated.JobStatus op_Implicit(string value) { }
        public static bool operator !=(Letta.Generated.JobStatus left, Letta.Generated.JobStatus right) { }
        public static bool operator ==(Letta.Generated.JobStatus left, Letta.Generated.JobStatus right) { }
        public sealed class SystemTextJsonConverter : System.Text.Json.Serialization.JsonConverter<Letta.Generated.JobStatus>
        {
            public SystemTextJsonConverter() { }
            public override Letta.Generated.JobStatus Read(ref System.Text.Json.Utf8JsonReader reader, System.Type typeToConvert, System.Text.Json.JsonSerializerOptions options) { }
            public override void Write(System.Text.Json.Utf8JsonWriter writer, Letta.Generated.JobStatus value, System.Text.Json.JsonSerializerOptions options) { }
        }
    }
    [Newtonsoft.Json.JsonConverter(typeof(Letta.Generated.JobType.JsonConverter))]
    [System.Diagnostics.DebuggerDisplay("{Value,nq}")]
    [System.Text.Json.Serialization.JsonConverter(typeof(Letta.Generated.JobType.SystemTextJsonConverter))]
    public readonly struct JobType : System.IEquatable<Letta.Generated.JobType>
    {
        public JobType(string value) { }
        public bool IsKnown { get; }
        public string Value { get; }
        public static Letta.Generated.JobType Batch { get; }
        public static Letta.Generated.JobType Job { get; }
        public static System.Collections.Generic.IReadOnlyList<Letta.Generated.JobType> KnownValues { get; }
        public static Letta.Generated.JobType Run { get; }
        public bool Equals(Letta.Generated.JobType other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static Letta.Generated.JobType op_Implicit(string value) { }
        public static bool operator !=(Letta.Generated.JobType left, Letta.Generated.JobType right) { }
        public static bool operator ==(Letta.Generated.JobType left, Letta.Generated.JobType right) { }
        public sealed class SystemTextJsonConverter : System.Text.Json.Serialization.JsonConverter<Letta.Generated.JobType>
        {
            public SystemTextJsonConverter() { }
            public override Letta.Generated.JobType Read(ref System.Text.Json.Utf8JsonReader reader, System.Type typeToConvert, System.Text.Json.JsonSerializerOptions options) { }
            public override void Write(System.Text.Json.Utf8JsonWriter writer, Letta.Generated.JobType value, System.Text.Json.JsonSerializerOptions options) { }
        }
    }
    public class LettaApiException : Letta.Generated.LettaException
    {
        public LettaApiException(string message, int statusCode, string? response, System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>>? headers, System.Exception? innerException) { }
        public string? Detail { get; }
        public System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>> Headers { get; }
        public string? RequestId { get; }
        public string ResponseBody { get; }
        public System.TimeSpan? RetryAfter { get; }
        public int StatusCode { get; }
        public string? FirstHeader(string name) { }
    }
    public class LettaAuthenticationException : Letta.Generated.LettaApiException
    {
        public LettaAuthenticationException(string message, int statusCode, string? response, System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>>? headers, System.Exception? innerException = null) { }
    }
    public class LettaBadRequestException : Letta.Generated.LettaApiException
    {
        public LettaBadRequestException(string message, int statusCode, string? response, System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>>? headers, System.Exception? innerException = null) { }
    }
    public class LettaClient : Letta.Generated.ILettaClient, System.IDisposable
    {
        protected LettaClient() { }
        public LettaClient(Letta.Generated.LettaClientOptions options) { }
        public LettaClient(System.Net.Http.HttpClient httpClient) { }
        public LettaClient(System.Net.Http.HttpClient httpClient, Letta.Generated.LettaClientOptions options) { }
        protected Newtonsoft.Json.JsonSerializerSettings JsonSerializerSettings { get; }
        public void Dispose() { }
        protected virtual void Dispose(bool disposing) { }
        public virtual Letta.Generated.LettaPageable<Letta.Generated.BatchJob> ListAllBatchesAsync(Letta.Generated.ListAllBatchesOptions? options = null, System.Threading.CancellationToken cancellationToken = default) { }
        public virtual Letta.Generated.LettaPageable<Letta.Generated.BatchJson> ListAllBatchesJsonAsync(Letta.Generated.ListAllBatchesOptions? options = null, System.Threading.CancellationToken cancellationToken = default) { }
        public virtual System.Threading.Tasks.Task<Letta.Generated.LettaResponse<System.Collections.Generic.IReadOnlyList<Letta.Generated.BatchJob>>> ListBatchesAsync(string? before = null, string? after = null, int? limit = default, Letta.Generated.SortOrder? order = default, Letta.Generated.BatchSortField? orderBy = default, System.Threading.CancellationToken cancellationToken = default) { }
        public virtual System.Collections.Generic.IAsyncEnumerable<Letta.Generated.BatchChange> WatchBatchesAsync(Letta.Generated.WatchBatchesOptions? options = null, System.Threading.CancellationToken cancellationToken = default) { }
        protected struct ObjectResponseResult<T>
        {
            public ObjectResponseResult(T responseObject, string responseText) { }
            public T Object { get; }
            public string Text { get; }
        }
    }
    [System.Diagnostics.DebuggerDisplay("{ToString(),nq}")]
    public sealed class LettaClientOptions
    {
        public const long DefaultMaxResponseBytes = 134217728;
        public static readonly System.Uri LettaCloud;
        public static readonly System.Uri SelfHostedDefault;
        public LettaClientOptions() { }
        public LettaClientOptions(System.Func<string, string?> environment) { }
        public string? ApiKey { get; set; }
        public System.Uri BaseUrl { get; set; }
        public System.Collections.Generic.IDictionary<string, string> DefaultHeaders { get; }
        public Microsoft.Extensions.Logging.ILoggerFactory? LoggerFactory { get; set; }
        public long MaxResponseBytes { get; set; }
        public int MaxRetries { get; set; }
        public System.TimeSpan MaxRetryAfter { get; set; }
        public System.Diagnostics.Metrics.IMeterFactory? MeterFactory { get; set; }
        public System.TimeSpan NetworkTimeout { get; set; }
        public string? ProjectId { get; set; }
        public System.TimeProvider TimeProvider { get; set; }
        public override string ToString() { }
        public void Validate() { }
    }
    public class LettaConflictException : Letta.Generated.LettaApiException
    {
        public LettaConflictException(string message, int statusCode, string? response, System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>>? headers, System.Exception? innerException = null) { }
    }
    public class LettaConnectionException : Letta.Generated.LettaException
    {
        public LettaConnectionException(string message, System.Exception? innerException) { }
    }
    public class LettaCursorNotFoundException : Letta.Generated.LettaBadRequestException
    {
        public LettaCursorNotFoundException(string message, int statusCode, string? response, System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>>? headers, string cursor) { }
        public string Cursor { get; }
    }
    public static class LettaDiagnostics
    {
        public const string ActivitySourceName = "Letta.Generated";
        public const string MeterName = "Letta.Generated";
    }
    public class LettaException : System.Exception
    {
        public LettaException(string message, System.Exception? innerException = null) { }
    }
    public static class LettaJson
    {
        public const int MaxDepth = 256;
        public static Newtonsoft.Json.JsonSerializerSettings CreateSettings() { }
    }
    public class LettaNotFoundException : Letta.Generated.LettaApiException
    {
        public LettaNotFoundException(string message, int statusCode, string? response, System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>>? headers, System.Exception? innerException = null) { }
    }
    public sealed class LettaPage<T>
    {
        public LettaPage(System.Collections.Generic.IReadOnlyList<T> values, string? continuationToken, int statusCode = 200, System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>>? headers = null) { }
        public string? ContinuationToken { get; }
        public System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>> Headers { get; }
        public int StatusCode { get; }
        public System.Collections.Generic.IReadOnlyList<T> Values { get; }
    }
    public abstract class LettaPageable<T> : System.Collections.Generic.IAsyncEnumerable<T>
    {
        protected LettaPageable(System.Threading.CancellationToken cancellationToken = default) { }
        protected System.Threading.CancellationToken CancellationToken { get; }
        public abstract System.Collections.Generic.IAsyncEnumerable<Letta.Generated.LettaPage<T>> AsPages(string? continuationToken = null, int? pageSizeHint = default);
        [System.Runtime.CompilerServices.AsyncIteratorStateMachine(typeof(Letta.Generated.LettaPageable<T>.<GetAsyncEnumerator>d__5))]
        public virtual System.Collections.Generic.IAsyncEnumerator<T> GetAsyncEnumerator(System.Threading.CancellationToken cancellationToken = default) { }
        public static Letta.Generated.LettaPageable<T> FromPages(System.Collections.Generic.IEnumerable<Letta.Generated.LettaPage<T>> pages) { }
    }
    public class LettaPaginationException : Letta.Generated.LettaException
    {
        public LettaPaginationException(string message, string? cursor) { }
        public string? Cursor { get; }
    }
    public class LettaPermissionDeniedException : Letta.Generated.LettaApiException
    {
        public LettaPermissionDeniedException(string message, int statusCode, string? response, System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>>? headers, System.Exception? innerException = null) { }
    }
    public class LettaRateLimitException : Letta.Generated.LettaApiException
    {
        public LettaRateLimitException(string message, int statusCode, string? response, System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>>? headers, System.Exception? innerException = null) { }
    }
    public class LettaResponse
    {
        public LettaResponse(int statusCode, System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>> headers) { }
        public System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>> Headers { get; }
        public int StatusCode { get; }
        public string? GetHeader(string name) { }
    }
    public class LettaResponseException : Letta.Generated.LettaApiException
    {
        public LettaResponseException(string message, int statusCode, string? response, System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>>? headers, System.Exception? innerException = null) { }
    }
    public class LettaResponse<TResult> : Letta.Generated.LettaResponse
    {
        public LettaResponse(int statusCode, System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>> headers, TResult result) { }
        public TResult Result { get; }
    }
    public class LettaServerException : Letta.Generated.LettaApiException
    {
        public LettaServerException(string message, int statusCode, string? response, System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>>? headers, System.Exception? innerException = null) { }
    }
    public class LettaTimeoutException : Letta.Generated.LettaException
    {
        public LettaTimeoutException(string message, System.TimeSpan timeout, System.Exception? innerException) { }
        public System.TimeSpan Timeout { get; }
    }
    public class LettaUnprocessableEntityException : Letta.Generated.LettaApiException
    {
        public LettaUnprocessableEntityException(string message, int statusCode, string? response, System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>>? headers, System.Exception? innerException = null) { }
        public System.Collections.Generic.IReadOnlyList<Letta.Generated.ValidationError> Errors { get; }
    }
    public sealed class ListAllBatchesOptions
    {
        public const int DefaultPageSize = 100;
        public ListAllBatchesOptions() { }
        public string? ContinuationToken { get; set; }
        public Letta.Generated.CursorReading CursorReading { get; set; }
        public Letta.Generated.SortOrder Order { get; set; }
        public int PageSize { get; set; }
        public bool Prefetch { get; set; }
    }
    [Newtonsoft.Json.JsonConverter(typeof(Letta.Generated.SortOrder.JsonConverter))]
    [System.Diagnostics.DebuggerDisplay("{Value,nq}")]
    [System.Text.Json.Serialization.JsonConverter(typeof(Letta.Generated.SortOrder.SystemTextJsonConverter))]
    public readonly struct SortOrder : System.IEquatable<Letta.Generated.SortOrder>
    {
        public SortOrder(string value) { }
        public bool IsKnown { get; }
        public string Value { get; }
        public static Letta.Generated.SortOrder Asc { get; }
        public static Letta.Generated.SortOrder Desc { get; }
        public static System.Collections.Generic.IReadOnlyList<Letta.Generated.SortOrder> KnownValues { get; }
        public bool Equals(Letta.Generated.SortOrder other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static Letta.Generated.SortOrder op_Implicit(string value) { }
        public static bool operator !=(Letta.Generated.SortOrder left, Letta.Generated.SortOrder right) { }
        public static bool operator ==(Letta.Generated.SortOrder left, Letta.Generated.SortOrder right) { }
        public sealed class SystemTextJsonConverter : System.Text.Json.Serialization.JsonConverter<Letta.Generated.SortOrder>
        {
            public SystemTextJsonConverter() { }
            public override Letta.Generated.SortOrder Read(ref System.Text.Json.Utf8JsonReader reader, System.Type typeToConvert, System.Text.Json.JsonSerializerOptions options) { }
            public override void Write(System.Text.Json.Utf8JsonWriter writer, Letta.Generated.SortOrder value, System.Text.Json.JsonSerializerOptions options) { }
        }
    }
    [Newtonsoft.Json.JsonConverter(typeof(Letta.Generated.StopReasonType.JsonConverter))]
    [System.Diagnostics.DebuggerDisplay("{Value,nq}")]
    [System.Text.Json.Serialization.JsonConverter(typeof(Letta.Generated.StopReasonType.SystemTextJsonConverter))]
    public readonly struct StopReasonType : System.IEquatable<Letta.Generated.StopReasonType>
    {
        public StopReasonType(string value) { }
        public bool IsKnown { get; }
        public string Value { get; }
        public static Letta.Generated.StopReasonType Cancelled { get; }
        public static Letta.Generated.StopReasonType ContextWindowOverflowInSystemPrompt { get; }
        public static Letta.Generated.StopReasonType EndTurn { get; }
        public static Letta.Generated.StopReasonType Error { get; }
        public static Letta.Generated.StopReasonType InsufficientCredits { get; }
        public static Letta.Generated.StopReasonType InvalidLlmResponse { get; }
        public static Letta.Generated.StopReasonType InvalidToolCall { get; }
        public static System.Collections.Generic.IReadOnlyList<Letta.Generated.StopReasonType> KnownValues { get; }
        public static Letta.Generated.StopReasonType LlmApiError { get; }
        public static Letta.Generated.StopReasonType MaxSteps { get; }
        public static Letta.Generated.StopReasonType MaxTokensExceeded { get; }
        public static Letta.Generated.StopReasonType NoToolCall { get; }
        public static Letta.Generated.StopReasonType RequiresApproval { get; }
        public static Letta.Generated.StopReasonType ToolRule { get; }
        public bool Equals(Letta.Generated.StopReasonType other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static Letta.Generated.StopReasonType op_Implicit(string value) { }
        public static bool operator !=(Letta.Generated.StopReasonType left, Letta.Generated.StopReasonType right) { }
        public static bool operator ==(Letta.Generated.StopReasonType left, Letta.Generated.StopReasonType right) { }
        public sealed class SystemTextJsonConverter : System.Text.Json.Serialization.JsonConverter<Letta.Generated.StopReasonType>
        {
            public SystemTextJsonConverter() { }
            public override Letta.Generated.StopReasonType Read(ref System.Text.Json.Utf8JsonReader reader, System.Type typeToConvert, System.Text.Json.JsonSerializerOptions options) { }
            public override void Write(System.Text.Json.Utf8JsonWriter writer, Letta.Generated.StopReasonType value, System.Text.Json.JsonSerializerOptions options) { }
        }
    }
    [Newtonsoft.Json.JsonConverter(typeof(Letta.Generated.ValidationError.NewtonsoftJsonConverter))]
    [System.Text.Json.Serialization.JsonConverter(typeof(Letta.Generated.ValidationError.SystemTextJsonConverter))]
    public class ValidationError
    {
        public ValidationError() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("loc", Required=Newtonsoft.Json.Required.Always)]
        public System.Collections.Generic.List<object> Loc { get; set; }
        [Newtonsoft.Json.JsonProperty("msg", Required=Newtonsoft.Json.Required.Always)]
        public string Msg { get; set; }
        [Newtonsoft.Json.JsonProperty("type", Required=Newtonsoft.Json.Required.Always)]
        public string Type { get; set; }
        public sealed class SystemTextJsonConverter : System.Text.Json.Serialization.JsonConverter<Letta.Generated.ValidationError>
        {
            public SystemTextJsonConverter() { }
            public override Letta.Generated.ValidationError Read(ref System.Text.Json.Utf8JsonReader reader, System.Type typeToConvert, System.Text.Json.JsonSerializerOptions options) { }
            public override void Write(System.Text.Json.Utf8JsonWriter writer, Letta.Generated.ValidationError value, System.Text.Json.JsonSerializerOptions options) { }
        }
    }
    public sealed class WatchBatchesOptions
    {
        public static readonly System.TimeSpan DefaultInterval;
        public static readonly System.TimeSpan DefaultMaxFailureDelay;
        public static readonly System.TimeSpan MaxWait;
        public WatchBatchesOptions() { }
        public bool EndOnFailedPoll { get; set; }
        public System.TimeSpan Interval { get; set; }
        public System.TimeSpan MaxFailureDelay { get; set; }
        public Letta.Generated.SortOrder Order { get; set; }
        public int PageSize { get; set; }
    }
}
