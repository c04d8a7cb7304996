using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Letta.Generated.Cli
{
    /// <summary>The <c>letta-batches</c> entry point: real console streams, the process environment, Ctrl+C.</summary>
    internal static class Program
    {
        private static async Task<int> Main(string[] args)
        {
            using var interrupt = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                // The first Ctrl+C stops the listing cleanly; a second one ends the process at once.
                e.Cancel = !interrupt.IsCancellationRequested;
                interrupt.Cancel();
            };
            Console.CancelKeyPress += onCancel;

            // A buffered UTF-8 stdout (no BOM): Console.Out flushes on every write, which is slow for 100,000 lines.
            var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 64 * 1024) { AutoFlush = false };
            var terminal = new CliTerminal(!Console.IsOutputRedirected, !Console.IsErrorRedirected, Console.IsOutputRedirected && Console.IsErrorRedirected ? null : SafeWidth());
            try
            {
                return await CliApp.RunAsync(args, stdout, Console.Error, Environment.GetEnvironmentVariable, terminal, interrupt.Token).ConfigureAwait(false);
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
                try
                {
                    await stdout.DisposeAsync().ConfigureAwait(false);
                }
                catch (IOException)
                {
                    // The reader closed the pipe; CliApp already decided the exit code.
                }
            }
        }

        private static int? SafeWidth()
        {
            try
            {
                return Console.WindowWidth > 0 ? Console.WindowWidth : null;
            }
            catch (IOException)
            {
                return null;
            }
        }
    }
}
