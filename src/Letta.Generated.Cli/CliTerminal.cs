namespace Letta.Generated.Cli
{
    /// <summary>What the process's standard streams are attached to; tests use <see cref="Redirected"/>.</summary>
    /// <param name="StdoutIsTerminal">Whether standard output is an interactive terminal.</param>
    /// <param name="StderrIsTerminal">Whether standard error is an interactive terminal (the progress line needs one).</param>
    /// <param name="Width">The terminal's width in columns, or null when unknown.</param>
    public sealed record CliTerminal(bool StdoutIsTerminal, bool StderrIsTerminal, int? Width)
    {
        /// <summary>Both streams redirected (files, pipes or test writers): no progress line, no colours.</summary>
        public static CliTerminal Redirected { get; } = new(false, false, null);
    }
}
