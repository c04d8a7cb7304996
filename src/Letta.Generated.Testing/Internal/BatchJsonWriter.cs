using System;
using System.Collections.Generic;
using System.IO;
using Newtonsoft.Json;

namespace Letta.Generated.Testing.Internal
{
    /// <summary>
    /// Writes batches exactly as the server does: a bare compact array, every field present (null when unset),
    /// fields in the pydantic model's order with <c>user_id</c> last, non-ASCII characters unescaped.
    /// </summary>
    internal static class BatchJsonWriter
    {
        public static string WriteArray(IEnumerable<SimulatedBatch> batches, bool offsetlessCreatedAndUpdatedAt)
        {
            using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            using (var writer = new JsonTextWriter(text) { Formatting = Formatting.None })
            {
                writer.WriteStartArray();
                foreach (var batch in batches)
                {
                    Write(writer, batch, offsetlessCreatedAndUpdatedAt);
                }

                writer.WriteEndArray();
            }

            return text.ToString();
        }

        private static void Write(JsonTextWriter writer, SimulatedBatch batch, bool offsetlessCreatedAndUpdatedAt)
        {
            // created_at/updated_at carry a Z on Postgres; completed_at/callback_sent_at never carry an offset.
            Func<DateTimeOffset, string> createdStyle = offsetlessCreatedAndUpdatedAt ? PythonTimestamps.Offsetless : PythonTimestamps.WithZ;

            writer.WriteStartObject();
            String(writer, "created_by_id", batch.CreatedById);
            String(writer, "last_updated_by_id", batch.LastUpdatedById);
            String(writer, "created_at", createdStyle(batch.CreatedAt));
            String(writer, "updated_at", batch.UpdatedAt is { } updated ? createdStyle(updated) : null);
            String(writer, "status", batch.Status);
            String(writer, "completed_at", batch.CompletedAt is { } completed ? PythonTimestamps.Offsetless(completed) : null);
            String(writer, "stop_reason", batch.StopReason);
            writer.WritePropertyName("metadata");
            if (batch.Metadata is null)
            {
                writer.WriteNull();
            }
            else
            {
                batch.Metadata.WriteTo(writer);
            }

            String(writer, "job_type", batch.JobType);
            writer.WritePropertyName("background");
            writer.WriteValue(batch.Background);
            String(writer, "agent_id", batch.AgentId);
            String(writer, "callback_url", batch.CallbackUrl);
            String(writer, "callback_sent_at", batch.CallbackSentAt is { } sent ? PythonTimestamps.Offsetless(sent) : null);
            writer.WritePropertyName("callback_status_code");
            writer.WriteValue(batch.CallbackStatusCode);
            String(writer, "callback_error", batch.CallbackError);
            writer.WritePropertyName("ttft_ns");
            writer.WriteValue(batch.TtftNs);
            writer.WritePropertyName("total_duration_ns");
            writer.WriteValue(batch.TotalDurationNs);
            String(writer, "id", batch.Id);
            String(writer, "user_id", batch.UserId);
            writer.WriteEndObject();
        }

        private static void String(JsonTextWriter writer, string name, string? value)
        {
            writer.WritePropertyName(name);
            writer.WriteValue(value);
        }
    }
}
