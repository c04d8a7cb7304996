using System;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using Letta.Generated.Cli.Connection;
using Letta.Generated.Cli.Listing;
using Letta.Generated.Cli.Options;
using Letta.Generated.Cli.Output;

namespace Letta.Generated.Cli
{
    /// <summary>
    /// Lists (or fetches one raw page) and writes as the format says, then decides the exit code. However the
    /// listing stops, stdout is left well-formed (a closed JSON array), and a listing that had started says on
    /// stderr how to resume it, except when the reader closed stdout: then the tool just stops, quietly.
    /// </summary>
    internal static class ListCommand
    {
        public static async Task<int> RunAsync(CliOptions options, CliHost host, ErrorReporter reporter)
        {
            var connection = ServerConnection.OpenOrReport(options, host, options.Verbose ? new VerboseLog(reporter) : null, reporter, out var usageExit);
            if (connection is null) return usageExit;

            using (connection)
            {
                if (options.Verbose) reporter.WriteLine("letta-batches: server " + Printable.Of(connection.Description));
                var format = options.EffectiveFormat;
                var sink = new OutputSink(host.Stdout);
                var writer = BatchWriters.Create(format, sink, host.Terminal.TableWidth(host.Environment), Colour.IsWanted(host.Terminal.StdoutIsTerminal, host.Environment, options.NoColor));
                var state = new ListingState();
                var progress = options.Verbose ? null : ProgressLine.For(host.Terminal, format != OutputFormat.Count, host.Stderr);
                var stop = host.Interruption.Token;
                try
                {
                    if (options.IsRawPage)
                    {
                        var count = await RawPage.RunAsync(connection.Client, options.Before, options.After, options.PageSize, options.MaxItems, options.Order, writer, stop).ConfigureAwait(false);
                        writer.Finish();
                        if (options.Verbose) reporter.WriteLine("letta-batches: one raw page, " + count.ToString(CultureInfo.InvariantCulture) + " batches");
                        return ExitCodes.Success;
                    }

                    var request = new ListingRequest(options.Order, options.PageSize, options.MaxItems, options.Continue);
                    await new BatchLister(connection.Client, writer, s =>
                    {
                        progress?.Update(s);
                        if (options.Verbose) reporter.WriteLine(string.Format(CultureInfo.InvariantCulture, "letta-batches: page {0}: {1} batches so far", s.Pages, s.Items));
                    }).RunAsync(request, state, stop).ConfigureAwait(false);
                    progress?.Clear();
                    writer.Finish();
                    if (state.StoppedByMaxItems) ResumeHint.Write(host.Stderr, "stopped by --max-items", state);
                    else if (state.Items == 0) reporter.WriteLine("note: no batches listed (Letta lists only batches that are created or running).");
                    return ExitCodes.Success;
                }
                catch (StdoutClosedException)
                {
                    // `| head` has what it wanted: no note, no error, no further request.
                    progress?.Clear();
                    return ExitCodes.Success;
                }
                catch (ArgumentException exception) when (options.Continue is not null && state.Pages == 0 && host.Interruption.ExitCode == 0)
                {
                    progress?.Clear();
                    return reporter.ReportUsage("--continue: " + WithoutParameterName(exception.Message));
                }
                catch (Exception) when (host.Interruption.ExitCode != 0)
                {
                    // Ctrl+C or SIGTERM: whatever the cancellation surfaced as, it is the signal's stop.
                    progress?.Clear();
                    CloseQuietly(writer, sink);
                    ResumeHint.Write(host.Stderr, host.Interruption.Reason, state);
                    return host.Interruption.ExitCode;
                }
                catch (Exception exception)
                {
                    progress?.Clear();
                    CloseQuietly(writer, sink);
                    var code = reporter.ReportFailure(exception, options.Verbose);
                    if (state.Pages > 0) ResumeHint.Write(host.Stderr, "the listing failed", state);
                    return code;
                }
            }
        }

        /// <summary>Leaves stdout well-formed (closes the JSON array) unless stdout itself is what failed.</summary>
        private static void CloseQuietly(IBatchWriter writer, OutputSink sink)
        {
            if (sink.Failed) return;
            try
            {
                writer.Close();
            }
            catch (IOException)
            {
                // The output failed too; the error being reported says enough.
            }
        }

        private static string WithoutParameterName(string message)
        {
            var parameter = message.LastIndexOf(" (Parameter '", StringComparison.Ordinal);
            return parameter > 0 ? message.Substring(0, parameter) : message;
        }
    }
}
