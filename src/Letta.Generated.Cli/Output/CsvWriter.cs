using System;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;

namespace Letta.Generated.Cli.Output
{
    /// <summary>
    /// <c>--format csv</c>: RFC 4180 (comma, CRLF-free <c>\n</c> lines, quotes doubled), a header row of API field
    /// names, raw values for scripts (UTC timestamps with microseconds, durations in nanoseconds). Streamed.
    /// </summary>
    internal sealed class CsvWriter : IBatchWriter
    {
        public static readonly string[] Columns =
        {
            "id", "status", "stop_reason", "created_at", "total_duration_ns", "agent_id",
            "job_type", "updated_at", "completed_at", "ttft_ns", "callback_url",
        };

        private readonly TextWriter _output;

        public CsvWriter(TextWriter output)
        {
            _output = output;
            WriteRow(Columns);
        }

        public void Write(BatchJob batch) => WriteRow(new[]
        {
            batch.Id,
            batch.Status?.Value,
            batch.StopReason?.Value,
            BatchCells.Timestamp(batch.CreatedAt),
            batch.TotalDurationNs?.ToString(CultureInfo.InvariantCulture),
            batch.AgentId,
            batch.JobType?.Value,
            BatchCells.Timestamp(batch.UpdatedAt),
            BatchCells.Timestamp(batch.CompletedAt),
            batch.TtftNs?.ToString(CultureInfo.InvariantCulture),
            batch.CallbackUrl,
        });

        public Task FlushAsync() => _output.FlushAsync();

        public Task CompleteAsync() => _output.FlushAsync();

        private void WriteRow(string?[] fields)
        {
            for (var i = 0; i < fields.Length; i++)
            {
                if (i > 0) _output.Write(',');
                _output.Write(Escape(fields[i] ?? string.Empty));
            }
            _output.Write('\n');
        }

        private static string Escape(string field) =>
            field.IndexOfAny(new[] { ',', '"', '\n', '\r' }) < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
