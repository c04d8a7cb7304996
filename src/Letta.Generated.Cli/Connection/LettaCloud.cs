using System;

namespace Letta.Generated.Cli.Connection
{
    /// <summary>
    /// Letta Cloud answers every request without a key with 401; a first run with nothing configured would end on
    /// that error. Refused up front instead, with the three ways forward.
    /// </summary>
    internal static class LettaCloud
    {
        public const string Host = "api.letta.com";

        /// <exception cref="UsageException">The URL is Letta Cloud's and neither a key nor an Authorization header is set.</exception>
        public static void RequireKey(LettaClientOptions options)
        {
            if (!string.Equals(options.BaseUrl.Host, Host, StringComparison.OrdinalIgnoreCase)) return;
            if (!string.IsNullOrWhiteSpace(options.ApiKey) || options.DefaultHeaders.ContainsKey("Authorization")) return;
            throw new UsageException(
                "Letta Cloud (https://api.letta.com) needs an API key: set LETTA_API_KEY or pass --api-key <KEY>. "
                + "For a self-hosted server pass --base-url (such as http://localhost:8283); to try the tool without a server, --demo.");
        }
    }
}
