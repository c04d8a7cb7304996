using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Cli.Commands;
using Letta.Generated.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Letta.Generated.Cli
{
    /// <summary>
    /// The whole tool behind one call, so tests run it in-process: arguments in, text out, an exit code back.
    /// <c>Program.Main</c> passes the real console streams, the process environment and a Ctrl+C token.
    /// </summary>
    public static class CliApp
    {
        /// <summary>The command name, as installed by <c>dotnet tool install</c>.</summary>
        public const string Name = "letta-batches";

        /// <summary>Runs the tool with redirected streams (no progress line, no colours).</summary>
        /// <param name="args">The command-line arguments.</param>
        /// <param name="stdout">Receives the results.</param>
        /// <param name="stderr">Receives notes, errors and usage.</param>
        /// <param name="environment">Reads an environment variable (null when unset); <c>_ =&gt; null</c> for none.</param>
        /// <param name="cancellationToken">Ctrl+C: stops the listing, exit code 130.</param>
        /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
        public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Func<string, string?> environment, CancellationToken cancellationToken = default) =>
            RunAsync(args, stdout, stderr, environment, CliTerminal.Redirected, cancellationToken);

        /// <summary>Runs the tool with an environment given as a dictionary.</summary>
        /// <param name="args">The command-line arguments.</param>
        /// <param name="stdout">Receives the results.</param>
        /// <param name="stderr">Receives notes, errors and usage.</param>
        /// <param name="environment">The environment variables.</param>
        /// <param name="cancellationToken">Ctrl+C: stops the listing, exit code 130.</param>
        /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
        public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken = default) =>
            RunAsync(args, stdout, stderr, name => environment.TryGetValue(name, out var value) ? value : null, CliTerminal.Redirected, cancellationToken);

        /// <summary>Runs the tool.</summary>
        /// <param name="args">The command-line arguments.</param>
        /// <param name="stdout">Receives the results.</param>
        /// <param name="stderr">Receives notes, progress, errors and usage.</param>
        /// <param name="environment">Reads an environment variable (null when unset).</param>
        /// <param name="terminal">Which streams are terminals (the progress line needs stderr to be one).</param>
        /// <param name="cancellationToken">Ctrl+C: stops the listing, exit code 130.</param>
        /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
        public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Func<string, string?> environment, CliTerminal terminal, CancellationToken cancellationToken = default)
        {
            if (args is null) throw new ArgumentNullException(nameof(args));
            var context = new CliContext(stdout, stderr, environment, terminal);
            var reporter = new ErrorReporter(stderr, CliSecrets.From(args, environment));
            try
            {
                return await CreateApp(Consoles.ForHelp(stdout, terminal.StdoutIsTerminal, terminal.Width), context).RunAsync(args, cancellationToken).ConfigureAwait(false);
            }
            catch (CommandAppException exception)
            {
                return reporter.ReportUsage(exception.Message, writer => WriteUsage(writer, context));
            }
            catch (UsageException exception)
            {
                return reporter.ReportUsage(exception.Message, writer => WriteUsage(writer, context));
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                stderr.WriteLine("interrupted");
                return ExitCodes.Interrupted;
            }
            catch (IOException exception) when (BrokenPipe.IsCause(exception))
            {
                // The reader went away (`| head`): stop quietly, like any Unix filter.
                return ExitCodes.Success;
            }
            catch (Exception exception)
            {
                return reporter.ReportFailure(exception, context.Verbose);
            }
            finally
            {
                await FlushQuietlyAsync(stdout).ConfigureAwait(false);
                await FlushQuietlyAsync(stderr).ConfigureAwait(false);
            }
        }

        private static CommandApp<ListCommand> CreateApp(IAnsiConsole console, CliContext context)
        {
            var app = new CommandApp<ListCommand>();
            app.WithDescription("Lists Letta message batches (GET /v1/messages/batches): the created and running ones, every page, in order.");
            app.Configure(config =>
            {
                config.SetApplicationName(Name);
                config.ConfigureConsole(console);
                config.PropagateExceptions();
                config.UseStrictParsing();
                config.Settings.Registrar.RegisterInstance(context);
                config.AddExample("--format", "jsonl");
                config.AddExample("--base-url", "https://api.letta.com", "--api-key", "sk-...", "--order", "asc", "--max-items", "500");
                config.AddExample("--max-items", "50", "--format", "csv");
                config.AddExample("--count-only");
            });
            return app;
        }

        private static void WriteUsage(TextWriter writer, CliContext context)
        {
            CreateApp(Consoles.ForHelp(writer, context.Terminal.StderrIsTerminal, context.Terminal.Width), context).Run(new[] { "--help" });
        }

        private static async Task FlushQuietlyAsync(TextWriter writer)
        {
            try
            {
                await writer.FlushAsync().ConfigureAwait(false);
            }
            catch (IOException)
            {
                // Nothing left to tell a closed stream.
            }
        }
    }
}
