using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Cli.Connection;
using Letta.Generated.Cli.Listing;
using Letta.Generated.Cli.Output;
using Spectre.Console.Cli;

namespace Letta.Generated.Cli.Commands
{
    /// <summary>
    /// <c>letta-batches</c>: lists the batches through the library's pager (every page, in order), or one raw page
    /// with <c>--after</c>/<c>--before</c>, and writes them as a table, JSON, JSON Lines, CSV or a count.
    /// </summary>
    internal sealed class ListCommand : AsyncCommand<ListSettings>
    {
        private readonly CliContext _context;

        public ListCommand(CliContext context) => _context = context;

        public override async Task<int> ExecuteAsync(CommandContext commandContext, ListSettings settings, CancellationToken cancellationToken)
        {
            _context.Verbose = settings.Verbose;
            using var connection = ServerConnection.Open(settings, _context);
            if (settings.Verbose)
            {
                _context.Stderr.WriteLine("letta-batches: server " + connection.BaseUrl + ", API key " + (connection.HasApiKey ? "set (not shown)" : "none"));
            }

            var format = settings.EffectiveFormat;
            var writer = BatchWriters.Create(format, _context);
            if (settings.IsRawPage)
            {
                await ListRawPageAsync(connection.Client, settings, writer, cancellationToken).ConfigureAwait(false);
                return 0;
            }

            var request = new ListingRequest(ToSortOrder(settings.Order), settings.PageSize, settings.MaxItems, settings.Continue);
            var state = new ListingState();
            var progressWanted = !settings.Verbose && ProgressLine.IsWanted(_context, format);
            try
            {
                await ProgressLine.RunAsync(_context, progressWanted, onPage =>
                    new BatchLister(connection.Client, writer, s =>
                    {
                        onPage(s);
                        if (settings.Verbose) LogPage(s);
                    }).RunAsync(request, state, cancellationToken)).ConfigureAwait(false);
            }
            catch (ArgumentException exception) when (settings.Continue is not null && state.Pages == 0)
            {
                throw new UsageException("--continue: " + exception.Message, exception);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // What was written stays well-formed (a closed JSON array, a table of what arrived).
                await writer.CompleteAsync().ConfigureAwait(false);
                ResumeHint.Write(_context.Stderr, "interrupted", state);
                throw;
            }

            await writer.CompleteAsync().ConfigureAwait(false);
            if (state.StoppedByMaxItems)
            {
                ResumeHint.Write(_context.Stderr, "stopped by --max-items", state);
            }
            else if (state.Items == 0 && format == OutputFormat.Table)
            {
                _context.Stderr.WriteLine("note: no batches listed (the server lists only batches that are created or running).");
            }
            return 0;
        }

        private async Task ListRawPageAsync(ILettaClient client, ListSettings settings, IBatchWriter writer, CancellationToken cancellationToken)
        {
            var limit = Math.Min(settings.PageSize, settings.MaxItems ?? int.MaxValue);
            var response = await client.ListBatchesAsync(
                before: settings.Before, after: settings.After, limit: limit, order: ToSortOrder(settings.Order), cancellationToken: cancellationToken).ConfigureAwait(false);
            foreach (var batch in response.Result)
            {
                writer.Write(batch);
            }
            await writer.CompleteAsync().ConfigureAwait(false);
            if (settings.Verbose)
            {
                _context.Stderr.WriteLine("letta-batches: one raw page, " + response.Result.Count.ToString(CultureInfo.InvariantCulture) + " batches (HTTP " + response.StatusCode.ToString(CultureInfo.InvariantCulture) + ")");
            }
        }

        private static SortOrder ToSortOrder(ListOrder order) => order == ListOrder.Asc ? SortOrder.Asc : SortOrder.Desc;

        private void LogPage(ListingState state) =>
            _context.Stderr.WriteLine(string.Format(CultureInfo.InvariantCulture, "letta-batches: page {0}: {1} batches so far", state.Pages, state.Items));
    }
}
