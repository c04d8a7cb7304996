using System.Collections.Generic;

namespace Letta.Generated.Simulator
{
    /// <summary>
    /// The string values of Letta's open enums, as the server sends them. Kept as strings because the enums keep
    /// growing: a simulated batch may carry any value, known or not.
    /// </summary>
    public static class LettaValues
    {
        /// <summary>Every <c>JobStatus</c> value: created, running, completed, failed, pending, cancelled, expired.</summary>
        public static IReadOnlyList<string> JobStatuses { get; } =
            new[] { "created", "running", "completed", "failed", "pending", "cancelled", "expired" };

        /// <summary>The statuses the server lists; every other status is filtered out of <c>GET /v1/messages/batches</c>.</summary>
        public static IReadOnlyList<string> ListedStatuses { get; } = new[] { "created", "running" };

        /// <summary>Whether the server lists a batch of this status (<c>created</c> or <c>running</c>).</summary>
        /// <param name="status">A <c>JobStatus</c> value.</param>
        /// <returns>True for the statuses in <see cref="ListedStatuses"/>.</returns>
        public static bool IsListed(string? status) => status == "created" || status == "running";

        /// <summary>The 10 <c>StopReasonType</c> values on the public documentation page.</summary>
        public static IReadOnlyList<string> DocumentedStopReasons { get; } = new[]
        {
            "end_turn", "error", "llm_api_error", "invalid_llm_response", "invalid_tool_call",
            "max_steps", "no_tool_call", "tool_rule", "cancelled", "requires_approval",
        };

        /// <summary>
        /// The 3 <c>StopReasonType</c> values the server gained after the documentation page was written
        /// (December 2025 to February 2026): max_tokens_exceeded, insufficient_credits,
        /// context_window_overflow_in_system_prompt.
        /// </summary>
        public static IReadOnlyList<string> NewerStopReasons { get; } =
            new[] { "max_tokens_exceeded", "insufficient_credits", "context_window_overflow_in_system_prompt" };

        /// <summary>Every <c>JobType</c> value: job, run, batch.</summary>
        public static IReadOnlyList<string> JobTypes { get; } = new[] { "job", "run", "batch" };
    }
}
