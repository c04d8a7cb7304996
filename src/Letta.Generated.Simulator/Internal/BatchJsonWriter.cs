using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Newtonsoft.Json;

namespace Letta.Generated.Simulator.Internal
{
    /// <summary>
    /// Writes batches exactly as the server does: a bare compact array, every field present (null when unset),
    /// fields in the pydantic model's order with <c>user_id</c> last, non-ASCII characters unescaped.
    /// </summary>
    internal static class BatchJsonWriter
    {
        public static string WriteArray(IEnumerable<SimulatedBatch> batches, bool offsetlessCreatedAndUpdatedAt, FieldOverride? fieldOverride = null)
        {
            using var text = new StringWriter(CultureInfo.InvariantCulture);
            using (var writer = new JsonTextWriter(text) { Formatting = Formatting.None })
            {
                writer.WriteStartArray();
                foreach (var batch in batches)
                {
                    Write(writer, batch, offsetlessCreatedAndUpdatedAt, fieldOverride);
                }

                writer.WriteEndArray();
            }

            return text.ToString();
        }

        /// <summary>One batch as a compact JSON object, for bodies generated piece by piece.</summary>
        public static string WriteObject(SimulatedBatch batch, bool offsetlessCreatedAndUpdatedAt)
        {
            using var text = new StringWriter(CultureInfo.InvariantCulture);
            using (var writer = new JsonTextWriter(text) { Formatting = Formatting.None })
            {
                Write(writer, batch, offsetlessCreatedAndUpdatedAt, null);
            }

            return text.ToString();
        }

        private static void Write(JsonTextWriter writer, SimulatedBatch batch, bool offsetlessCreatedAndUpdatedAt, FieldOverride? fieldOverride)
        {
            // created_at/updated_at carry a Z on Postgres; completed_at/callback_sent_at never carry an offset.
            Func<DateTimeOffset, string> createdStyle = offsetlessCreatedAndUpdatedAt ? PythonTimestamps.Offsetless : PythonTimestamps.WithZ;
            var fields = new Fields(writer, fieldOverride);

            writer.WriteStartObject();
            fields.String("created_by_id", batch.CreatedById);
            fields.String("last_updated_by_id", batch.LastUpdatedById);
            fields.String("created_at", createdStyle(batch.CreatedAt));
            fields.String("updated_at", batch.UpdatedAt is { } updated ? createdStyle(updated) : null);
            fields.String("status", batch.Status);
            fields.String("completed_at", batch.CompletedAt is { } completed ? PythonTimestamps.Offsetless(completed) : null);
            fields.String("stop_reason", batch.StopReason);
            fields.Value("metadata", w =>
            {
                if (batch.Metadata is null)
                {
                    w.WriteNull();
                }
                else
                {
                    batch.Metadata.WriteTo(w);
                }
            });
            fields.String("job_type", batch.JobType);
            fields.Value("background", w => w.WriteValue(batch.Background));
            fields.String("agent_id", batch.AgentId);
            fields.String("callback_url", batch.CallbackUrl);
            fields.String("callback_sent_at", batch.CallbackSentAt is { } sent ? PythonTimestamps.Offsetless(sent) : null);
            fields.Value("callback_status_code", w => w.WriteValue(batch.CallbackStatusCode));
            fields.String("callback_error", batch.CallbackError);
            fields.Value("ttft_ns", w => w.WriteValue(batch.TtftNs));
            fields.Value("total_duration_ns", w => w.WriteValue(batch.TotalDurationNs));
            fields.String("id", batch.Id);
            fields.String("user_id", batch.UserId);
            fields.AddOverrideIfUnwritten();
            writer.WriteEndObject();
        }

        /// <summary>Writes the fields of one object, swapping in the overridden field's raw value.</summary>
        private sealed class Fields
        {
            private readonly JsonTextWriter _writer;
            private readonly FieldOverride? _override;
            private bool _overrideWritten;

            public Fields(JsonTextWriter writer, FieldOverride? fieldOverride)
            {
                _writer = writer;
                _override = fieldOverride;
            }

            public void String(string name, string? value) => Value(name, w => w.WriteValue(value));

            public void Value(string name, Action<JsonTextWriter> write)
            {
                _writer.WritePropertyName(name);
                if (_override is { } o && string.Equals(o.Field, name, StringComparison.Ordinal))
                {
                    _writer.WriteRawValue(o.RawJson);
                    _overrideWritten = true;
                }
                else
                {
                    write(_writer);
                }
            }

            // A field the server never sends (a typo, or a new field to try) is added at the end.
            public void AddOverrideIfUnwritten()
            {
                if (_override is { } o && !_overrideWritten)
                {
                    _writer.WritePropertyName(o.Field);
                    _writer.WriteRawValue(o.RawJson);
                }
            }
        }
    }

    /// <summary>A field whose value is replaced by raw JSON in every written batch (<see cref="FaultKind.MalformedField"/>).</summary>
    internal sealed record FieldOverride(string Field, string RawJson);
}
