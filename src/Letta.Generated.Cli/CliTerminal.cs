namespace Letta.Generated.Cli
{
    /// <summary>What the standard streams are attached to; tests use <see cref="Redirected"/>.</summary>
    /// <param name="StdoutIsTerminal">Whether standard output is an interactive terminal.</param>
    /// <param name="StderrIsTerminal">Whether standard error is an interactive terminal (the progress line needs one).</param>
    internal sealed record CliTerminal(bool StdoutIsTerminal, bool StderrIsTerminal)
    {
        /// <summary>Both streams redirected (files, pipes or test buffers): no progress line.</summary>
        public static CliTerminal Redirected { get; } = new(false, false);
    }
}
