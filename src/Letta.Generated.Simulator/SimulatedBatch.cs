using System;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Letta.Generated.Simulator
{
    /// <summary>
    /// One batch job as the simulated server stores it: every field of upstream's <c>BatchJob</c> plus the
    /// <c>user_id</c> the server also sends. Enum-like fields are strings so tests can use values a client does
    /// not know yet. Timestamps are kept to the microsecond, as in the server's database.
    /// </summary>
    public sealed record SimulatedBatch
    {
        /// <summary>The job id, such as <c>job-123e4567-e89b-12d3-a456-426614174000</c>; also the paging cursor.</summary>
        public required string Id { get; init; }

        /// <summary>When the job was created (UTC); the sort key together with <see cref="Id"/>.</summary>
        public required DateTimeOffset CreatedAt { get; init; }

        /// <summary>The agent the job belongs to, or null.</summary>
        public string? AgentId { get; init; }

        /// <summary>The <c>JobStatus</c>; only <c>created</c> and <c>running</c> batches are listed by default.</summary>
        public string Status { get; init; } = "created";

        /// <summary>The <c>StopReasonType</c>, or null.</summary>
        public string? StopReason { get; init; }

        /// <summary>The <c>JobType</c>; always <c>batch</c> on this endpoint in practice.</summary>
        public string? JobType { get; init; } = "batch";

        /// <summary>When the job was last updated, or null.</summary>
        public DateTimeOffset? UpdatedAt { get; init; }

        /// <summary>When the job completed, or null. Sent WITHOUT an offset, although it is UTC.</summary>
        public DateTimeOffset? CompletedAt { get; init; }

        /// <summary>Whether the job was created in background mode, or null.</summary>
        public bool? Background { get; init; }

        /// <summary>
        /// Free-form metadata, sent verbatim (typically <c>{"job_type":"batch_messages"}</c>). Parse user JSON with
        /// <see cref="ParseMetadata"/> so date-looking strings stay strings.
        /// </summary>
        public JObject? Metadata { get; init; }

        /// <summary>The callback URL. The server sends the literal string <c>"None"</c> when there is no callback.</summary>
        public string? CallbackUrl { get; init; } = "None";

        /// <summary>When the callback was last attempted, or null. Sent WITHOUT an offset, although it is UTC.</summary>
        public DateTimeOffset? CallbackSentAt { get; init; }

        /// <summary>The HTTP status the callback endpoint answered, or null.</summary>
        public int? CallbackStatusCode { get; init; }

        /// <summary>The error from calling the callback endpoint, or null.</summary>
        public string? CallbackError { get; init; }

        /// <summary>Time to first token in nanoseconds (64-bit: values above 2^31 are normal), or null.</summary>
        public long? TtftNs { get; init; }

        /// <summary>Total duration in nanoseconds (64-bit: values above 2^31 are normal), or null.</summary>
        public long? TotalDurationNs { get; init; }

        /// <summary>The id of the user that created the job, or null.</summary>
        public string? CreatedById { get; init; }

        /// <summary>The id of the user that last updated the job, or null.</summary>
        public string? LastUpdatedById { get; init; }

        /// <summary>The owning user; the server sends it although the schema lacks it.</summary>
        public string? UserId { get; init; }

        /// <summary>
        /// Parses a metadata object without Json.NET's date detection, so strings that look like dates come back
        /// exactly as written (the server keeps them as strings too).
        /// </summary>
        /// <param name="json">A JSON object, such as <c>{"job_type":"batch_messages"}</c>.</param>
        /// <returns>The parsed object.</returns>
        public static JObject ParseMetadata(string json)
        {
            if (json is null)
            {
                throw new ArgumentNullException(nameof(json));
            }

            using var reader = new JsonTextReader(new System.IO.StringReader(json)) { DateParseHandling = DateParseHandling.None };
            return JObject.Load(reader);
        }
    }
}
