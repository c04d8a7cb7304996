using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Letta.Generated.Tests.Support
{
    /// <summary>Page bodies as the server writes them, produced lazily segment by segment.</summary>
    internal static class PageBodies
    {
        private const string BatchTemplate =
            "{{\"created_by_id\":null,\"last_updated_by_id\":null,\"created_at\":\"2025-01-02T03:04:{0:00}.{1:000000}Z\",\"updated_at\":null,"
            + "\"status\":\"running\",\"completed_at\":null,\"stop_reason\":null,\"metadata\":{{\"job_type\":\"batch_messages\",\"tags\":[\"a\",{1}]}},"
            + "\"job_type\":\"batch\",\"background\":false,\"agent_id\":null,\"callback_url\":null,\"callback_sent_at\":null,\"callback_status_code\":null,"
            + "\"callback_error\":null,\"ttft_ns\":null,\"total_duration_ns\":4300000000,\"id\":\"job-{1:000000}\",\"user_id\":\"user-1\"}}";

        /// <summary>Batch <paramref name="i"/>: id <c>job-00000i</c>, one microsecond apart.</summary>
        public static string Batch(int i) =>
            string.Format(CultureInfo.InvariantCulture, BatchTemplate, i / 1_000_000 % 60, i % 1_000_000);

        public static IEnumerable<Func<byte[]>> Page(int count)
        {
            yield return () => Encoding.UTF8.GetBytes("[");
            for (var i = 0; i < count; i++)
            {
                var index = i;
                yield return () => Encoding.UTF8.GetBytes((index == 0 ? string.Empty : ",") + Batch(index));
            }

            yield return () => Encoding.UTF8.GetBytes("]");
        }
    }
}
