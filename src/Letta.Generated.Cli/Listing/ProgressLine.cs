using System;
using System.Globalization;
using System.Threading.Tasks;
using Letta.Generated.Cli.Output;
using Spectre.Console;

namespace Letta.Generated.Cli.Listing
{
    /// <summary>
    /// The live "N batches, M pages" line on stderr while a listing runs. Shown only when stderr is a terminal, and
    /// not when the results stream to the same terminal (they would garble each other).
    /// </summary>
    internal static class ProgressLine
    {
        public static bool IsWanted(CliContext context, Commands.OutputFormat format) =>
            context.Terminal.StderrIsTerminal && !(context.Terminal.StdoutIsTerminal && BatchWriters.Streams(format));

        /// <summary>Runs <paramref name="work"/>, giving it a callback that updates the line (a no-op when not wanted).</summary>
        public static async Task RunAsync(CliContext context, bool wanted, Func<Action<ListingState>, Task> work)
        {
            if (!wanted)
            {
                await work(_ => { }).ConfigureAwait(false);
                return;
            }
            await Consoles.ForStderr(context).Status()
                .Spinner(Spinner.Known.Dots)
                .StartAsync("Listing batches…", status => work(state => status.Status(Describe(state))))
                .ConfigureAwait(false);
        }

        private static string Describe(ListingState state) =>
            string.Format(CultureInfo.InvariantCulture, "Listing batches… {0:N0} so far, {1:N0} page(s)", state.Items, state.Pages);
    }
}
