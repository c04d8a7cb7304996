using System;

namespace Letta.Generated
{
    /// <summary>Removes the API key from any text that may reach an exception, a log or a console.</summary>
    internal sealed class SecretRedactor
    {
        public const string Mask = "[redacted]";
        public static readonly SecretRedactor None = new SecretRedactor(null);

        private readonly string? _secret;

        public SecretRedactor(string? secret)
        {
            _secret = string.IsNullOrEmpty(secret) ? null : secret;
        }

        public string Redact(string? text)
        {
            if (string.IsNullOrEmpty(text) || _secret is null) return text ?? string.Empty;
#if NETSTANDARD2_0
            return text!.Replace(_secret, Mask);
#else
            return text!.Replace(_secret, Mask, StringComparison.Ordinal);
#endif
        }
    }
}
