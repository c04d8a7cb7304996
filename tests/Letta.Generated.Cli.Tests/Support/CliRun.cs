using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Letta.Generated.Simulator;
using NUnit.Framework;

namespace Letta.Generated.Cli.Tests.Support
{
    /// <summary>One in-process run of the tool: its exit code and everything it wrote.</summary>
    internal sealed record CliRun(int ExitCode, byte[] StdoutBytes, string Stderr)
    {
        public string Stdout => Encoding.UTF8.GetString(StdoutBytes);

        public string[] StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        /// <summary>The token from the stderr resume note, or null.</summary>
        public string? ResumeToken =>
            StderrLines.Select(l => l.Trim()).Where(l => l.StartsWith("--continue ", StringComparison.Ordinal)).Select(l => l.Substring("--continue ".Length)).SingleOrDefault();

        /// <summary>
        /// Runs the tool. With a <paramref name="server"/>, requests go to it in-process (the tool's transport seam;
        /// the arguments still need <c>--base-url</c>, see <see cref="Sim.Url"/>). The run is bounded by the test's
        /// cancellation token (<c>[CancelAfter]</c>), which stops the tool like Ctrl+C.
        /// </summary>
        public static async Task<CliRun> RunAsync(
            string[] args,
            SimulatedLettaServer? server = null,
            IReadOnlyDictionary<string, string>? environment = null,
            CliTerminal? terminal = null,
            Interruption? interruption = null,
            Stream? stdout = null,
            int maxRetries = 2,
            TimeProvider? time = null)
        {
            var output = stdout ?? new MemoryStream();
            var stderr = new StringWriter { NewLine = "\n" };
            environment ??= new Dictionary<string, string>();
            using var ownInterruption = new Interruption();
            var stop = interruption ?? ownInterruption;
            using var bound = TestContext.CurrentContext.CancellationToken.Register(() => stop.Request(ExitCodes.Interrupted));
            var host = new CliHost(output, stderr, name => environment.TryGetValue(name, out var value) ? value : null, terminal ?? CliTerminal.Redirected, stop)
            {
                Transport = server is null ? null : server.CreateHandler,
                ConfigureClient = options => options.MaxRetries = maxRetries,
                Time = time ?? TimeProvider.System,
            };
            var exitCode = await CliApp.RunAsync(args, host);
            var bytes = output is MemoryStream memory ? memory.ToArray() : output is RecordingStream recording ? recording.Written : Array.Empty<byte>();
            return new CliRun(exitCode, bytes, stderr.ToString());
        }

        public static Task<CliRun> RunAsync(params string[] args) => RunAsync(args, server: null);
    }
}
