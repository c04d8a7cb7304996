namespace Letta.Generated.Cli.Output
{
    /// <summary>
    /// Server text made safe for a terminal by the library's one sanitizer (<see cref="ErrorMessages.Printable"/>):
    /// control characters and invisible direction marks written as <c>\u001b</c>. Only for output meant for people
    /// (table, error lines, notes); json, jsonl and csv stay exact.
    /// </summary>
    internal static class Printable
    {
        public static string Of(string? text) => ErrorMessages.Printable(text);
    }
}
