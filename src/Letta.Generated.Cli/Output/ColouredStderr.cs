using System.IO;
using System.Text;

namespace Letta.Generated.Cli.Output
{
    /// <summary>
    /// Standard error for a terminal that takes colour: a line that starts with <c>error:</c> is red, one with
    /// <c>note:</c> yellow, at the point it is written (the text itself is already made printable and redacted by
    /// whoever wrote it). Everything else passes through unchanged.
    /// </summary>
    internal sealed class ColouredStderr : TextWriter
    {
        private readonly TextWriter _inner;

        public ColouredStderr(TextWriter inner)
        {
            _inner = inner;
            NewLine = inner.NewLine;
        }

        public override Encoding Encoding => _inner.Encoding;

        public override void Write(char value) => _inner.Write(value);

        public override void Write(string? value) => _inner.Write(value);

        public override void WriteLine(string? value)
        {
            var colour = value is null ? null
                : value.StartsWith("error:", System.StringComparison.Ordinal) ? Colour.Red
                : value.StartsWith("note:", System.StringComparison.Ordinal) ? Colour.Yellow
                : null;
            _inner.WriteLine(Colour.Paint(value ?? string.Empty, colour));
        }

        public override void Flush() => _inner.Flush();
    }
}
