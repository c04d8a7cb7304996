using System;
using System.Collections.Generic;
using System.Linq;

namespace Letta.Generated.Cli
{
    /// <summary>
    /// Removes the API key from anything the tool prints, whatever the message came from (the library already
    /// redacts its own; this also covers parser errors that echo an argument).
    /// </summary>
    internal sealed class SecretMask
    {
        private const string Mask = "***";
        private readonly string[] _secrets;

        private SecretMask(IEnumerable<string> secrets) =>
            _secrets = secrets.Where(s => s.Length >= 4).Distinct().OrderByDescending(s => s.Length).ToArray();

        /// <summary>The keys from <c>LETTA_API_KEY</c> and from every <c>--api-key</c> value in the arguments.</summary>
        public static SecretMask From(IReadOnlyList<string> args, Func<string, string?> environment)
        {
            var secrets = new List<string>();
            if (environment("LETTA_API_KEY") is { } fromEnvironment) secrets.Add(fromEnvironment.Trim());
            for (var i = 0; i < args.Count; i++)
            {
                if (args[i] == "--api-key" && i + 1 < args.Count) secrets.Add(args[i + 1].Trim());
                else if (args[i].StartsWith("--api-key=", StringComparison.Ordinal)) secrets.Add(args[i].Substring("--api-key=".Length).Trim());
            }
            return new SecretMask(secrets);
        }

        public string Apply(string text)
        {
            foreach (var secret in _secrets)
            {
                text = text.Replace(secret, Mask, StringComparison.Ordinal);
            }
            return text;
        }
    }
}
