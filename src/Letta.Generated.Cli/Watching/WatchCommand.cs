using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Cli.Connection;
using Letta.Generated.Cli.Options;
using Letta.Generated.Cli.Output;

namespace Letta.Generated.Cli.Watching
{
    /// <summary>
    /// <c>--watch</c>: the library's watch (<see cref="LettaClient.WatchBatchesAsync"/>) written as it goes. The changes
    /// of one poll arrive together; they are written and flushed before the watch waits for the next poll, so stdout
    /// is complete up to the last change whenever Ctrl+C, SIGTERM or a failure stops it.
    /// </summary>
    internal static class WatchCommand
    {
        public static async Task<int> RunAsync(CliOptions options, CliHost host, ErrorReporter reporter)
        {
            var connection = ServerConnection.OpenOrReport(options, host, options.Verbose ? new VerboseLog(reporter) : new WatchWarnings(reporter), reporter, out var usageExit);
            if (connection is null) return usageExit;

            using (connection)
            {
                if (options.Verbose) reporter.WriteLine("letta-batches: server " + Printable.Of(connection.Description));
                var sink = new OutputSink(host.Stdout);
                var writer = ChangeWriters.Create(options.Format, sink, host.Terminal.TableWidth(host.Environment), Colour.IsWanted(host.Terminal.StdoutIsTerminal, host.Environment, options.NoColor));
                reporter.WriteLine("note: watching every " + Duration.Format(options.EffectiveInterval) + " until Ctrl+C. 'left' = no longer listed: finished, failed, cancelled or expired (Letta cannot say which).");
                // Its own stop too: a failed write must end the watch (and its wait) before the enumerator is disposed.
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(host.Interruption.Token);
                var watch = connection.Client.WatchBatchesAsync(
                    new WatchBatchesOptions { Interval = options.EffectiveInterval, Order = options.Order, PageSize = options.PageSize },
                    stop.Token);
                try
                {
                    writer.Start();
                    await using var changes = watch.GetAsyncEnumerator(stop.Token);
                    var poll = new List<BatchChange>();
                    while (true)
                    {
                        var next = changes.MoveNextAsync();
                        // Not ready at once: the poll's changes are all in (the watch is waiting or listing).
                        if (!next.IsCompleted && poll.Count > 0)
                        {
                            await WriteAsync(writer, poll, next, stop).ConfigureAwait(false);
                            poll.Clear();
                        }

                        if (!await next.ConfigureAwait(false)) return ExitCodes.Success;
                        poll.Add(changes.Current);
                    }
                }
                catch (StdoutClosedException)
                {
                    return ExitCodes.Success;
                }
                catch (Exception) when (host.Interruption.ExitCode != 0)
                {
                    reporter.WriteLine("note: watch " + host.Interruption.Reason + ".");
                    return host.Interruption.ExitCode;
                }
                catch (Exception exception)
                {
                    return reporter.ReportFailure(exception, options.Verbose);
                }
            }
        }

        /// <summary>
        /// Writes a poll's changes while the watch already waits for the next; if writing fails, the watch is stopped and
        /// its pending step awaited first (an async enumerator cannot be disposed while a step is in flight).
        /// </summary>
        private static async Task WriteAsync(IChangeWriter writer, List<BatchChange> poll, ValueTask<bool> pending, CancellationTokenSource stop)
        {
            try
            {
                writer.Write(poll);
            }
            catch (Exception)
            {
                stop.Cancel();
                try
                {
                    await pending.ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // The stop just asked for.
                }

                throw;
            }
        }
    }
}
