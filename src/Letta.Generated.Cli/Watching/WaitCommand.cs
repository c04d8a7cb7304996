using System;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Cli.Connection;
using Letta.Generated.Cli.Options;
using Letta.Generated.Cli.Output;

namespace Letta.Generated.Cli.Watching
{
    /// <summary>
    /// <c>--wait &lt;ID&gt;</c>: lists every <c>--interval</c> until the batch is no longer listed, then exits 0; a batch
    /// not listed at the first poll exits 0 at once (it finished before, or never existed: the listing cannot tell).
    /// Each poll stops listing as soon as it meets the batch. A failed poll is said on stderr and the next comes after
    /// the watch's longer waits (<see cref="WatchBatchesOptions"/>); a refused key ends it. <c>--timeout</c> bounds the
    /// whole wait on the run's clock (exit 1). Writes nothing to stdout.
    /// </summary>
    internal static class WaitCommand
    {
        public static async Task<int> RunAsync(CliOptions options, CliHost host, ErrorReporter reporter)
        {
            var connection = ServerConnection.OpenOrReport(options, host, options.Verbose ? new VerboseLog(reporter) : null, reporter, out var usageExit);
            if (connection is null) return usageExit;

            var id = options.WaitFor!;
            var shown = Printable.Of(id);
            var schedule = new WatchBatchesOptions { Interval = options.EffectiveInterval };
            using (connection)
            using (var timeout = options.Timeout is { } limit ? new CancellationTokenSource(limit, host.Time) : new CancellationTokenSource())
            using (var stop = CancellationTokenSource.CreateLinkedTokenSource(host.Interruption.Token, timeout.Token))
            {
                var listing = new ListAllBatchesOptions { Order = options.Order, PageSize = options.PageSize };
                var seen = false;
                var failures = 0;
                try
                {
                    while (true)
                    {
                        BatchJson? batch;
                        try
                        {
                            batch = await FindAsync(connection.Client, listing, id, stop.Token).ConfigureAwait(false);
                            failures = 0;
                        }
                        catch (LettaException exception) when (!stop.IsCancellationRequested && !BatchWatcher.CannotHealByWaiting(exception))
                        {
                            failures++;
                            reporter.WriteLine(ErrorReporter.PollFailed(exception.Message, schedule.DelayAfter(failures)));
                            await Task.Delay(schedule.DelayAfter(failures), host.Time, stop.Token).ConfigureAwait(false);
                            continue;
                        }

                        if (batch is null)
                        {
                            reporter.WriteLine(seen
                                ? "note: batch " + shown + " is no longer listed: it finished, failed, was cancelled or expired (the listing cannot say which)."
                                : "note: batch " + shown + " is not listed (Letta lists only created and running batches): it has already finished, failed, been cancelled or expired, or no such batch exists.");
                            return ExitCodes.Success;
                        }

                        if (!seen) reporter.WriteLine("note: waiting for batch " + shown + " (" + Printable.Of(batch.ToBatchJob().Status?.Value) + ") to leave the listing; polling every " + Duration.Format(schedule.Interval) + ".");
                        seen = true;
                        await Task.Delay(schedule.Interval, host.Time, stop.Token).ConfigureAwait(false);
                    }
                }
                catch (Exception) when (host.Interruption.ExitCode != 0)
                {
                    reporter.WriteLine("note: wait " + host.Interruption.Reason + (seen ? "; batch " + shown + " was still listed." : " before batch " + shown + " was found listed."));
                    return host.Interruption.ExitCode;
                }
                catch (OperationCanceledException) when (timeout.IsCancellationRequested)
                {
                    reporter.WriteLine("letta-batches: --timeout " + Duration.Format(options.Timeout!.Value) + " ran out: batch " + shown + (seen ? " is still listed." : " could not be looked up in time."));
                    return ExitCodes.Failure;
                }
                catch (Exception exception) when (timeout.IsCancellationRequested && exception is LettaException)
                {
                    reporter.WriteLine("letta-batches: --timeout " + Duration.Format(options.Timeout!.Value) + " ran out during a poll: batch " + shown + (seen ? " is still listed." : " could not be looked up in time."));
                    return ExitCodes.Failure;
                }
                catch (Exception exception)
                {
                    return reporter.ReportFailure(exception, options.Verbose);
                }
            }
        }

        /// <summary>The batch as listed now, or null; the listing stops at the batch.</summary>
        private static async Task<BatchJson?> FindAsync(LettaClient client, ListAllBatchesOptions listing, string id, CancellationToken cancellationToken)
        {
            await foreach (var batch in client.ListAllBatchesJsonAsync(listing, cancellationToken).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (string.Equals(batch.Id, id, StringComparison.Ordinal)) return batch;
            }

            return null;
        }
    }
}
