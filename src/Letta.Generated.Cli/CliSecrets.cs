using System;
using System.Collections.Generic;

namespace Letta.Generated.Cli
{
    /// <summary>
    /// The secrets the tool was given, for the library's own <see cref="SecretRedactor"/>: the key from
    /// <c>LETTA_API_KEY</c> and every <c>--api-key</c> value, and the values of <c>LETTA_CUSTOM_HEADERS</c>. Read
    /// from the raw arguments, so even a parser error that echoes an argument is masked.
    /// </summary>
    internal static class CliSecrets
    {
        public static SecretRedactor From(IReadOnlyList<string> args, Func<string, string?> environment)
        {
            var secrets = new List<string?> { environment("LETTA_API_KEY")?.Trim() };
            for (var i = 0; i < args.Count; i++)
            {
                if (args[i] == "--api-key" && i + 1 < args.Count) secrets.Add(args[i + 1].Trim());
                else if (args[i].StartsWith("--api-key=", StringComparison.Ordinal)) secrets.Add(args[i].Substring("--api-key=".Length).Trim());
            }

            foreach (var line in (environment("LETTA_CUSTOM_HEADERS") ?? string.Empty).Split('\n'))
            {
                var colon = line.IndexOf(':');
                if (colon > 0) secrets.Add(line.Substring(colon + 1).Trim());
            }

            return new SecretRedactor(secrets);
        }
    }
}
