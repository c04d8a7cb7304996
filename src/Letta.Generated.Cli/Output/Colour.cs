using System;

namespace Letta.Generated.Cli.Output
{
    /// <summary>
    /// ANSI colour for people reading a terminal: on only when the stream is a terminal, <c>NO_COLOR</c> is unset or
    /// empty (https://no-color.org) and <c>--no-color</c> was not given. Piped or redirected output never has any.
    /// </summary>
    internal static class Colour
    {
        private const string Reset = "\u001b[0m";

        public const string Red = "\u001b[31m";
        public const string Green = "\u001b[32m";
        public const string Yellow = "\u001b[33m";
        public const string Cyan = "\u001b[36m";
        public const string Dim = "\u001b[2m";

        /// <summary>Whether a stream gets colour.</summary>
        public static bool IsWanted(bool isTerminal, Func<string, string?> environment, bool noColorOption) =>
            isTerminal && !noColorOption && string.IsNullOrEmpty(environment("NO_COLOR"));

        /// <summary><paramref name="text"/> in <paramref name="colour"/>; unchanged for a null colour.</summary>
        public static string Paint(string text, string? colour) => colour is null ? text : colour + text + Reset;

        /// <summary>A batch status's colour: running green, created cyan, failures red, the rest plain.</summary>
        public static string? ForStatus(string status) => status switch
        {
            "running" => Green,
            "created" or "pending" => Cyan,
            "failed" or "expired" or "cancelled" => Red,
            _ => null,
        };
    }
}
