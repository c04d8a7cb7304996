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
            // The first signal stops the listing cleanly (exit 130 or 143, with the resume token); a second one is
            // not cancelled, so it ends the process at once as usual.
            using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => context.Cancel = interruption.Request(ExitCodes.Interrupted));
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => context.Cancel = interruption.Request(ExitCodes.Terminated));
            using var stdout = StandardOutput.Open();
            var terminal = new CliTerminal(!Console.IsOutputRedirected, !Console.IsErrorRedirected);
            var host = new CliHost(stdout, Console.Error, Environment.GetEnvironmentVariable, terminal, interruption);
            return await CliApp.RunAsync(args, host).ConfigureAwait(false);
        }
    }
}
