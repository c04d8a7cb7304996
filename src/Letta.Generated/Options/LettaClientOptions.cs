using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace Letta.Generated
{
    /// <summary>
    /// How a <see cref="LettaClient"/> connects: where, with which key, and how it retries. A new
    /// instance takes its defaults from the environment like Letta's official SDKs:
    /// <c>LETTA_API_KEY</c>, <c>LETTA_BASE_URL</c> (else Letta Cloud) and <c>LETTA_CUSTOM_HEADERS</c>.
    /// The API key never appears in <see cref="ToString"/> or the debugger.
    /// </summary>
    [DebuggerDisplay("{ToString(),nq}")]
    public sealed class LettaClientOptions
    {
        /// <summary>Letta Cloud, the default base URL.</summary>
        public static readonly Uri LettaCloud = new Uri("https://api.letta.com/");

        /// <summary>Where a self-hosted Letta server listens by default.</summary>
        public static readonly Uri SelfHostedDefault = new Uri("http://localhost:8283/");

        /// <summary>Creates options with defaults from the process environment.</summary>
        public LettaClientOptions()
            : this(Environment.GetEnvironmentVariable)
        {
        }

        /// <summary>
        /// Creates options with defaults read through <paramref name="environment"/>; pass
        /// <c>_ =&gt; null</c> for options that ignore the environment.
        /// </summary>
        /// <param name="environment">Returns the value of an environment variable, or null.</param>
        /// <exception cref="ArgumentException"><c>LETTA_CUSTOM_HEADERS</c> has a line that is not <c>Name: value</c>.</exception>
        public LettaClientOptions(Func<string, string?> environment)
        {
            if (environment is null) throw new ArgumentNullException(nameof(environment));
            ApiKey = NullIfBlank(environment("LETTA_API_KEY"));
            var baseUrl = NullIfBlank(environment("LETTA_BASE_URL"));
            BaseUrl = baseUrl is null ? LettaCloud : new Uri(baseUrl, UriKind.RelativeOrAbsolute);
            foreach (var header in CustomHeaders.Parse(environment("LETTA_CUSTOM_HEADERS")))
            {
                DefaultHeaders[header.Key] = header.Value;
            }
        }

        /// <summary>The API key sent as <c>Authorization: Bearer</c>; null sends no header (self-hosted servers often need none).</summary>
        public string? ApiKey { get; set; }

        /// <summary>The server's base URL, with or without a trailing slash or a path prefix (<c>https://host/letta</c>).</summary>
        public Uri BaseUrl { get; set; }

        /// <summary>Sent as <c>X-Project-Id</c> when set.</summary>
        public string? ProjectId { get; set; }

        /// <summary>Extra headers sent with every request (names are case-insensitive).</summary>
        public IDictionary<string, string> DefaultHeaders { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>Retries after the first attempt (default 2, so 3 attempts at most); 0 disables retries.</summary>
        public int MaxRetries { get; set; } = 2;

        /// <summary>The limit for one attempt (default 60 s); <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> for none.</summary>
        public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>The longest <c>Retry-After</c> the client waits for (default 60 s); a longer one falls back to the normal backoff.</summary>
        public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>The clock for backoff delays and timeouts; tests pass a fake one.</summary>
        public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

        /// <summary>Describes the options without the API key.</summary>
        /// <returns>A one-line description.</returns>
        public override string ToString() =>
            "LettaClientOptions { BaseUrl = " + BaseUrl + ", ApiKey = " + (string.IsNullOrEmpty(ApiKey) ? "(none)" : SecretRedactor.Mask)
            + ", ProjectId = " + (ProjectId ?? "(none)") + ", DefaultHeaders = [" + string.Join(", ", DefaultHeaders.Keys) + "]"
            + ", MaxRetries = " + MaxRetries + ", NetworkTimeout = " + NetworkTimeout + ", MaxRetryAfter = " + MaxRetryAfter + " }";

        /// <summary>Checks every option and throws an <see cref="ArgumentException"/> naming the first bad one.</summary>
        /// <exception cref="ArgumentException">An option is invalid; the message never contains the key.</exception>
        public void Validate()
        {
            if (ApiKey is not null && (ApiKey.Length == 0 || ApiKey.Any(c => char.IsControl(c) || char.IsWhiteSpace(c))))
            {
                throw new ArgumentException("ApiKey must not be empty or contain spaces, newlines or control characters (the key is not shown).", nameof(ApiKey));
            }
            if (BaseUrl is null || !BaseUrl.IsAbsoluteUri || (BaseUrl.Scheme != Uri.UriSchemeHttp && BaseUrl.Scheme != Uri.UriSchemeHttps))
            {
                throw new ArgumentException("BaseUrl must be an absolute http or https URL, such as https://api.letta.com or http://localhost:8283; got '" + BaseUrl + "'.", nameof(BaseUrl));
            }
            if (ProjectId is not null && !CustomHeaders.IsValidValue(ProjectId))
            {
                throw new ArgumentException("ProjectId must not contain newlines or control characters.", nameof(ProjectId));
            }
            foreach (var header in DefaultHeaders)
            {
                CustomHeaders.Validate(header.Key, header.Value, nameof(DefaultHeaders));
            }
            if (MaxRetries < 0 || MaxRetries > 10)
            {
                throw new ArgumentOutOfRangeException(nameof(MaxRetries), MaxRetries, "MaxRetries must be between 0 and 10.");
            }
            if (NetworkTimeout <= TimeSpan.Zero && NetworkTimeout != System.Threading.Timeout.InfiniteTimeSpan)
            {
                throw new ArgumentOutOfRangeException(nameof(NetworkTimeout), NetworkTimeout, "NetworkTimeout must be positive, or Timeout.InfiniteTimeSpan.");
            }
            if (MaxRetryAfter < TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(MaxRetryAfter), MaxRetryAfter, "MaxRetryAfter must not be negative.");
            }
            if (TimeProvider is null)
            {
                throw new ArgumentNullException(nameof(TimeProvider));
            }
        }

        /// <summary>A copy, so that changing these options later does not change a client built from them.</summary>
        internal LettaClientOptions Clone()
        {
            var copy = new LettaClientOptions(_ => null)
            {
                ApiKey = ApiKey,
                BaseUrl = BaseUrl,
                ProjectId = ProjectId,
                MaxRetries = MaxRetries,
                NetworkTimeout = NetworkTimeout,
                MaxRetryAfter = MaxRetryAfter,
                TimeProvider = TimeProvider,
            };
            foreach (var header in DefaultHeaders) copy.DefaultHeaders[header.Key] = header.Value;
            return copy;
        }

        private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
    }
}
