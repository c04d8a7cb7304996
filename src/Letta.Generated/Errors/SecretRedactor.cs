using System;
using System.Collections.Generic;
using System.Linq;

namespace Letta.Generated
{
    /// <summary>
    /// Removes the secrets a client was configured with (the API key and the value of every configured header)
    /// from any text that may reach an exception, a log or a console. The CLI uses the same one.
    /// </summary>
    internal sealed class SecretRedactor
    {
        public const string Mask = "[redacted]";

        // Short values (a project id "1", a header "yes") would mask unrelated text; keys are long.
        private const int MinimumSecretLength = 4;

        private readonly string[] _secrets;

        public SecretRedactor(IEnumerable<string?> secrets)
        {
            _secrets = secrets
                .Where(s => s is not null && s.Trim().Length >= MinimumSecretLength)
                .Select(s => s!)
                .Distinct(StringComparer.Ordinal)
                .OrderByDescending(s => s.Length) // a secret that contains another is masked whole
                .ToArray();
        }

        /// <summary>The secrets of a client built from <paramref name="options"/>.</summary>
        public static SecretRedactor For(LettaClientOptions options) =>
            new SecretRedactor(new[] { options.ApiKey, options.ProjectId }.Concat(options.DefaultHeaders.Values));

        public string Redact(string? text)
        {
            if (string.IsNullOrEmpty(text) || _secrets.Length == 0) return text ?? string.Empty;
            var result = text!;
            foreach (var secret in _secrets)
            {
#if NETSTANDARD2_0
                result = result.Replace(secret, Mask);
#else
                result = result.Replace(secret, Mask, StringComparison.Ordinal);
#endif
            }

            return result;
        }
    }
}
