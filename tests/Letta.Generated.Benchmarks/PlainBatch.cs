using System;
using System.Collections.Generic;
using Newtonsoft.Json;

namespace Letta.Generated.Benchmarks
{
    /// <summary>
    /// What a hand-written client would read a batch into with plain Newtonsoft reflection: the same 18 fields, enums
    /// as strings, metadata as a dictionary, unknown fields as extension data. The benchmark's baseline.
    /// </summary>
    public sealed class PlainBatch
    {
        [JsonProperty("id")] public string Id { get; set; } = "";
        [JsonProperty("created_by_id")] public string? CreatedById { get; set; }
        [JsonProperty("last_updated_by_id")] public string? LastUpdatedById { get; set; }
        [JsonProperty("created_at")] public DateTimeOffset? CreatedAt { get; set; }
        [JsonProperty("updated_at")] public DateTimeOffset? UpdatedAt { get; set; }
        [JsonProperty("status")] public string? Status { get; set; }
        [JsonProperty("completed_at")] public DateTimeOffset? CompletedAt { get; set; }
        [JsonProperty("stop_reason")] public string? StopReason { get; set; }
        [JsonProperty("metadata")] public IDictionary<string, object?>? Metadata { get; set; }
        [JsonProperty("job_type")] public string? JobType { get; set; }
        [JsonProperty("background")] public bool? Background { get; set; }
        [JsonProperty("agent_id")] public string? AgentId { get; set; }
        [JsonProperty("callback_url")] public string? CallbackUrl { get; set; }
        [JsonProperty("callback_sent_at")] public DateTimeOffset? CallbackSentAt { get; set; }
        [JsonProperty("callback_status_code")] public int? CallbackStatusCode { get; set; }
        [JsonProperty("callback_error")] public string? CallbackError { get; set; }
        [JsonProperty("ttft_ns")] public long? TtftNs { get; set; }
        [JsonProperty("total_duration_ns")] public long? TotalDurationNs { get; set; }
        [JsonExtensionData] public IDictionary<string, object?> Extra { get; set; } = new Dictionary<string, object?>();
    }
}
