using System;
using System.Threading.Tasks;
using Letta.Generated.Cli.Options;
using Letta.Generated.Cli.Output;

namespace Letta.Generated.Cli
{
    /// <summary>
    /// The whole tool behind one call, so tests run it in-process: arguments and a <see cref="CliHost"/> in, an exit
    /// code back. <c>Program.Main</c> passes the real streams, the process environment and the signals.
    /// </summary>
    internal static class CliApp
    {
        public static async Task<int> RunAsync(string[] args, CliHost host)
        {
            // --no-color is looked for before parsing, so that even a usage error is printed without colour.
            var noColor = Array.IndexOf(args, "--no-color") >= 0;
            if (Colour.IsWanted(host.Terminal.StderrIsTerminal, host.Environment, noColor)) host = host.WithStderr(new ColouredStderr(host.Stderr));
            var reporter = new ErrorReporter(host.Stderr, CliSecrets.From(args, host.Environment));
            CliOptions options;
            try
            {
                options = OptionParser.Parse(args);
            }
            catch (UsageException exception)
            {
                return reporter.ReportUsage(exception.Message);
            }

            try
            {
                if (options.Help) return WriteText(host, HelpText.Render(host.Terminal.HelpWidth(host.Environment)));
                if (options.Version) return WriteText(host, "letta-batches " + Version + "\n");
                if (options.Watch) return await Watching.WatchCommand.RunAsync(options, host, reporter).ConfigureAwait(false);
                if (options.WaitFor is not null) return await Watching.WaitCommand.RunAsync(options, host, reporter).ConfigureAwait(false);
                return await ListCommand.RunAsync(options, host, reporter).ConfigureAwait(false);
            }
            catch (StdoutClosedException)
            {
                return ExitCodes.Success;
            }
            catch (Exception exception)
            {
                return reporter.ReportFailure(exception, options.Verbose);
            }
        }

        private static string Version =>
            typeof(CliApp).Assembly.GetName().Version?.ToString(3) ?? "unknown";

        private static int WriteText(CliHost host, string text)
        {
            var sink = new OutputSink(host.Stdout);
            sink.Write(text);
            sink.Flush();
            return ExitCodes.Success;
        }
    }
}
