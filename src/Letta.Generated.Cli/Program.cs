using System;
using System.Runtime.InteropServices;
using System.Threading.Tasks;

namespace Letta.Generated.Cli
{
    /// <summary>The <c>letta-batches</c> entry point: the real streams, the process environment, Ctrl+C and SIGTERM.</summary>
    internal static class Program
    {
        private static async Task<int> Main(string[] args)
        {
            using var interruption = new Interruption();
            using var sigint = Register(PosixSignal.SIGINT, ExitCodes.Interrupted, interruption);
            using var sigterm = Register(PosixSignal.SIGTERM, ExitCodes.Terminated, interruption);
            using var stdout = StandardOutput.Open();
            var terminal = new CliTerminal(!Console.IsOutputRedirected, !Console.IsErrorRedirected, WindowWidth());
            var host = new CliHost(stdout, Console.Error, Environment.GetEnvironmentVariable, terminal, interruption);
            return await CliApp.RunAsync(args, host).ConfigureAwait(false);
        }

        /// <summary>The terminal's columns, or null when stdout is not a terminal or its width cannot be read.</summary>
        private static int? WindowWidth()
        {
            if (Console.IsOutputRedirected) return null;
            try
            {
                return Console.WindowWidth > 0 ? Console.WindowWidth : null;
            }
            catch (Exception exception) when (exception is System.IO.IOException or PlatformNotSupportedException or InvalidOperationException)
            {
                return null;
            }
        }

        /// <summary>
        /// The first signal stops the listing cleanly (exit 130 or 143, with the resume token); a later one is not
        /// cancelled, so it ends the process at once as usual. Null where the platform has no such signal.
        /// </summary>
        private static PosixSignalRegistration? Register(PosixSignal signal, int exitCode, Interruption interruption)
        {
            try
            {
                return PosixSignalRegistration.Create(signal, context => context.Cancel = interruption.Request(exitCode));
            }
            catch (PlatformNotSupportedException)
            {
                return null;
            }
        }
    }
}
