namespace Letta.Generated.Cli.Tests.Support
{
    /// <summary>Literal server bodies for the exactness tests: what a real Letta server may send.</summary>
    internal static class Bodies
    {
        /// <summary>
        /// A null kept (<c>updated_at</c>), an offset-less timestamp (<c>completed_at</c>, as Letta sends it), a
        /// date-like string in metadata, a decimal written <c>1.50</c>, an id beyond 2^53 in <c>ttft_ns</c>, escapes,
        /// an unknown field and Letta's <c>user_id</c>, and a second batch with a +02:00 offset and few fields.
        /// </summary>
        public const string First =
            "{\"id\":\"job-b\",\"created_at\":\"2025-01-02T03:04:05Z\",\"updated_at\":null,\"completed_at\":\"2025-01-02T03:09:05.120000\","
            + "\"status\":\"running\",\"stop_reason\":null,\"metadata\":{\"note\":\"2025-01-02T03:04:05\",\"n\":1.50},"
            + "\"ttft_ns\":9007199254740993,\"total_duration_ns\":251980467641,\"callback_url\":\"None\",\"user_id\":\"user-1\","
            + "\"future_field\":{\"x\":[1,2,null]},\"agent_id\":\"agent-\\u00e9\\n\"}";

        public const string Second = "{\"id\":\"job-c\",\"created_at\":\"2025-01-02T05:04:06.5+02:00\",\"status\":\"created\"}";

        /// <summary>Both, as the server sends them (a space and a line break between them, outside the objects).</summary>
        public const string Page = "[" + First + ", \n" + Second + "]";
    }
}
