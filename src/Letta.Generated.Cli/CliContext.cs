using System;
using System.IO;

namespace Letta.Generated.Cli
{
    /// <summary>Everything a command may touch outside its settings: the streams, the environment and the terminal.</summary>
    internal sealed class CliContext
    {
        public CliContext(TextWriter stdout, TextWriter stderr, Func<string, string?> environment, CliTerminal terminal)
        {
            Stdout = stdout;
            Stderr = stderr;
            Environment = environment;
            Terminal = terminal;
        }

        /// <summary>Where results go (the table, JSON, CSV or the count).</summary>
        public TextWriter Stdout { get; }

        /// <summary>Where notes, progress, errors and usage go.</summary>
        public TextWriter Stderr { get; }

        /// <summary>Reads an environment variable (null when unset).</summary>
        public Func<string, string?> Environment { get; }

        /// <summary>Whether the streams are terminals.</summary>
        public CliTerminal Terminal { get; }

        /// <summary>Set by the command from <c>--verbose</c>: errors then carry their stack trace.</summary>
        public bool Verbose { get; set; }
    }
}
