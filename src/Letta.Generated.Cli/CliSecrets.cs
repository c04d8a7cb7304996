using System;
using System.Collections.Generic;

namespace Letta.Generated.Cli
{
    /// <summary>
    /// The secrets the tool was given, for the library's own <see cref="SecretRedactor"/> (one redactor for library
    /// and CLI): <c>LETTA_API_KEY</c> and every <c>--api-key</c> value, the values of <c>LETTA_CUSTOM_HEADERS</c>, and
    /// the <c>user:password</c> of a base URL. Read from the raw arguments, so even an error about a misplaced
    /// argument is masked.
    /// </summary>
    internal static class CliSecrets
    {
        public static SecretRedactor From(IReadOnlyList<string> args, Func<string, string?> environment)
        {
            var secrets = new List<string?> { environment("LETTA_API_KEY")?.Trim() };
            AddUserInfo(secrets, environment("LETTA_BASE_URL"));
            for (var i = 0; i < args.Count; i++)
            {
                var value = ValueOf(args, i, "--api-key");
                if (value is not null) secrets.Add(value.Trim());
                AddUserInfo(secrets, ValueOf(args, i, "--base-url"));
            }

            foreach (var line in (environment("LETTA_CUSTOM_HEADERS") ?? string.Empty).Split('\n'))
            {
                var colon = line.IndexOf(':');
                if (colon > 0) secrets.Add(line.Substring(colon + 1).Trim());
            }

            return new SecretRedactor(secrets);
        }

        private static string? ValueOf(IReadOnlyList<string> args, int i, string option)
        {
            if (args[i] == option && i + 1 < args.Count) return args[i + 1];
            return args[i].StartsWith(option + "=", StringComparison.Ordinal) ? args[i].Substring(option.Length + 1) : null;
        }

        // The whole user:password, and the password alone (it may show up decoded or on its own).
        private static void AddUserInfo(List<string?> secrets, string? url)
        {
            // By hand, not with a Regex: this runs on every start, and building a Regex costs milliseconds there.
            var scheme = url?.IndexOf("//", StringComparison.Ordinal) ?? -1;
            if (url is null || scheme < 0) return;
            var authorityEnd = url.IndexOf('/', scheme + 2);
            var authority = authorityEnd < 0 ? url.Substring(scheme + 2) : url.Substring(scheme + 2, authorityEnd - scheme - 2);
            var at = authority.LastIndexOf('@');
            if (at < 0) return;
            var userInfo = authority.Substring(0, at);
            secrets.Add(userInfo);
            var colon = userInfo.IndexOf(':');
            if (colon >= 0)
            {
                var password = userInfo.Substring(colon + 1);
                secrets.Add(password);
                secrets.Add(Uri.UnescapeDataString(password));
            }
        }
    }
}
