using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;

namespace Letta.Generated.Cli.Output
{
    /// <summary>
    /// <c>--format csv</c>, RFC 4180: a header row, comma-separated fields, CRLF line ends, and a field quoted (its
    /// quotes doubled) when it holds a comma, a quote, CR or LF. Values are for people, as <c>--help</c> says:
    /// timestamps in UTC (<c>2025-01-02T03:04:05.123456Z</c>), durations readable (<c>12.3s</c>), an empty field for
    /// null. Text values (ids, URLs, errors) are written exactly, control characters included. Streamed by page.
    /// </summary>
    internal sealed class CsvWriter : IBatchWriter
    {
        private const string LineEnd = "\r\n";

        // What makes a field need quotes; one search per field, nothing allocated for the (usual) field without any.
        private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\n\r");

        private static readonly string[] Header =
        {
            "id", "status", "stop_reason", "job_type", "agent_id", "created_at", "updated_at", "completed_at",
            "total_duration", "time_to_first_token", "callback_url", "callback_sent_at", "callback_status_code", "callback_error",
        };

        private readonly OutputSink _sink;
        private bool _headerWritten;

        public CsvWriter(OutputSink sink) => _sink = sink;

        public void WritePage(IReadOnlyList<BatchJson> page, int count)
        {
            // Every batch is read before any is written: a batch that cannot be read fails the page as a whole.
            var rows = BatchReading.Read(page, count, Row);
            WriteHeaderOnce();
            foreach (var row in rows) WriteRow(row);
            _sink.Flush();
        }

        private static string?[] Row(BatchJob batch) => new[]
        {
            batch.Id,
            batch.Status?.Value,
            batch.StopReason?.Value,
            batch.JobType?.Value,
            batch.AgentId,
            batch.CreatedAt is { } created ? BatchCells.Microseconds(created) : null,
            batch.UpdatedAt is { } updated ? BatchCells.Microseconds(updated) : null,
            batch.CompletedAt is { } completed ? BatchCells.Microseconds(completed) : null,
            batch.TotalDuration is { } total ? BatchCells.Duration(total) : null,
            batch.TimeToFirstToken is { } ttft ? BatchCells.Duration(ttft) : null,
            batch.CallbackUrl,
            batch.CallbackSentAt is { } sent ? BatchCells.Microseconds(sent) : null,
            batch.CallbackStatusCode?.ToString(CultureInfo.InvariantCulture),
            batch.CallbackError,
        };

        public void Finish() => Close();

        public void Close()
        {
            WriteHeaderOnce();
            _sink.Flush();
        }

        private void WriteHeaderOnce()
        {
            if (_headerWritten) return;
            _headerWritten = true;
            WriteRow(Header);
        }

        private void WriteRow(string?[] fields)
        {
            for (var i = 0; i < fields.Length; i++)
            {
                if (i > 0) _sink.Write((byte)',');
                _sink.Write(Escape(fields[i] ?? string.Empty));
            }

            _sink.Write(LineEnd);
        }

        private static string Escape(string field) =>
            field.AsSpan().IndexOfAny(NeedsQuotes) < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
