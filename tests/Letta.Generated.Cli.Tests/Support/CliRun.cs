using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Letta.Generated.Cli.Tests.Support
{
    /// <summary>One in-process run of the tool: its exit code and everything it wrote.</summary>
    internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
    {
        public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

        public string[] StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

        /// <summary>Runs the tool with the given arguments and an environment holding only <paramref name="environment"/>.</summary>
        public static async Task<CliRun> RunAsync(string[] args, IReadOnlyDictionary<string, string>? environment = null, CliTerminal? terminal = null, CancellationToken cancellationToken = default)
        {
            var stdout = new StringWriter { NewLine = "\n" };
            var stderr = new StringWriter { NewLine = "\n" };
            environment ??= new Dictionary<string, string>();
            var exitCode = await CliApp.RunAsync(args, stdout, stderr, name => environment.TryGetValue(name, out var value) ? value : null, terminal ?? CliTerminal.Redirected, cancellationToken);
            return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
        }

        public static Task<CliRun> RunAsync(params string[] args) => RunAsync(args, null);

        /// <summary>The continuation token from the stderr resume note, or null.</summary>
        public string? ResumeToken =>
            StderrLines.Select(l => l.Trim()).Where(l => l.StartsWith("--continue ", StringComparison.Ordinal)).Select(l => l.Substring("--continue ".Length)).SingleOrDefault();
    }
}
