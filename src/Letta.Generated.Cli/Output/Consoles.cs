using Spectre.Console;

namespace Letta.Generated.Cli.Output
{
    /// <summary>Spectre consoles over the CLI's writers, so every output goes where the caller (or a test) says.</summary>
    internal static class Consoles
    {
        // Wide enough that a redirected table never wraps an id; scripts should use csv or json anyway.
        private const int RedirectedWidth = 400;

        public static IAnsiConsole ForStdout(CliContext context) =>
            Create(context.Stdout, context.Terminal.StdoutIsTerminal, context.Terminal.Width);

        public static IAnsiConsole ForStderr(CliContext context) =>
            Create(context.Stderr, context.Terminal.StderrIsTerminal, context.Terminal.Width);

        /// <summary>For help and usage: the terminal's width, or a readable 100 columns when redirected.</summary>
        public static IAnsiConsole ForHelp(System.IO.TextWriter writer, bool isTerminal, int? width) =>
            Create(writer, isTerminal, width, HelpWidth);

        private const int HelpWidth = 100;

        private static IAnsiConsole Create(System.IO.TextWriter writer, bool isTerminal, int? width, int redirectedWidth = RedirectedWidth)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(writer),
                Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
                ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
                Interactive = isTerminal ? InteractionSupport.Yes : InteractionSupport.No,
            });
            console.Profile.Width = isTerminal && width is > 0 ? width.Value : redirectedWidth;
            return console;
        }
    }
}
