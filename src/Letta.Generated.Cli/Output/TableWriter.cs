using System.Collections.Generic;
using System.Threading.Tasks;
using Spectre.Console;

namespace Letta.Generated.Cli.Output
{
    /// <summary>
    /// The default output: a table of id, status, stop reason, created, duration and agent. A table needs every
    /// row before it can size its columns, so it keeps the rows (as text); use jsonl or csv for huge listings.
    /// </summary>
    internal sealed class TableWriter : IBatchWriter
    {
        public static readonly string[] Headers = { "ID", "STATUS", "STOP REASON", "CREATED (UTC)", "DURATION", "AGENT" };

        private readonly IAnsiConsole _console;
        private readonly List<string[]> _rows = new();

        public TableWriter(IAnsiConsole console) => _console = console;

        public void Write(BatchJob batch) => _rows.Add(new[]
        {
            batch.Id,
            BatchCells.Status(batch),
            BatchCells.StopReason(batch),
            BatchCells.Created(batch),
            BatchCells.Duration(batch),
            BatchCells.Agent(batch),
        });

        public Task FlushAsync() => Task.CompletedTask;

        public Task CompleteAsync()
        {
            var table = new Table().Border(TableBorder.Rounded);
            foreach (var header in Headers)
            {
                table.AddColumn(new TableColumn(new Text(header)).NoWrap());
            }
            foreach (var row in _rows)
            {
                table.AddRow(System.Array.ConvertAll(row, cell => (Spectre.Console.Rendering.IRenderable)new Text(cell)));
            }
            _console.Write(table);
            return Task.CompletedTask;
        }
    }
}
