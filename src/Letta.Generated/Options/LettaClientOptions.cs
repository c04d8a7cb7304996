using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Linq;
using Microsoft.Extensions.Logging;

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

        /// <summary>The default of <see cref="MaxResponseBytes"/>: 128 MiB.</summary>
        public const long DefaultMaxResponseBytes = 128L * 1024 * 1024;

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
            if (baseUrl is null)
            {
                BaseUrl = LettaCloud;
            }
            else if (Uri.TryCreate(baseUrl, UriKind.RelativeOrAbsolute, out var parsed))
            {
                BaseUrl = parsed;
            }
            else
            {
                // Not echoed: it may hold a password.
                throw new ArgumentException("LETTA_BASE_URL is not a URL.", "LETTA_BASE_URL");
            }
            foreach (var header in CustomHeaders.Parse(environment("LETTA_CUSTOM_HEADERS")))
            {
                DefaultHeaders[header.Key] = header.Value;
            }
        }

        /// <summary>The API key sent as <c>Authorization: Bearer</c>; null sends no header (self-hosted servers often need none).</summary>
        /// <remarks>An empty or blank key means "no key", as an empty <c>LETTA_API_KEY</c> does (an appsettings placeholder <c>""</c>, say).</remarks>
        public string? ApiKey { get; set; }

        /// <summary>The server's base URL, with or without a trailing slash or a path prefix (<c>https://host/letta</c>).</summary>
        public Uri BaseUrl { get; set; }

        /// <summary>Sent as <c>X-Project-Id</c> when set.</summary>
        public string? ProjectId { get; set; }

        /// <summary>Extra headers sent with every request (names are case-insensitive).</summary>
        public IDictionary<string, string> DefaultHeaders { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>
        /// Retries after the first attempt (default 2, so 3 attempts at most); 0 disables retries. Each waits the server's
        /// hint (see <see cref="MaxRetryAfter"/>) or else Polly's exponential backoff with jitter from 0.5 s, capped at 8 s.
        /// </summary>
        public int MaxRetries { get; set; } = 2;

        /// <summary>The limit for one attempt (default 60 s); <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> for none.</summary>
        public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>
        /// The longest server hint (<c>retry-after-ms</c> or <c>Retry-After</c>) the client waits for, exactly (default 60 s);
        /// a longer one falls back to the backoff (Polly's exponential backoff with jitter from 0.5 s, capped at 8 s).
        /// </summary>
        public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>
        /// The largest response body read (default 128 MiB). A success body over it fails with a
        /// <see cref="LettaResponseException"/> without the rest being read; error bodies are cut at 64 KiB.
        /// A page of 1,000 batches is about 1.2 MB.
        /// </summary>
        public long MaxResponseBytes { get; set; } = DefaultMaxResponseBytes;

        /// <summary>The clock for backoff delays and timeouts; tests pass a fake one.</summary>
        public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

        /// <summary>
        /// Where the client's log events go: each retry and give-up (category <c>Letta.Generated.Http</c>), the
        /// cursor reading a listing settled on, every pagination anomaly, and one Debug line per page
        /// (<c>Letta.Generated.Paging</c>). Null (the default) logs nothing; with dependency injection the container's
        /// factory is used when this is null. No event carries the key, a configured header's value or user info.
        /// </summary>
        public ILoggerFactory? LoggerFactory { get; set; }

        /// <summary>
        /// Creates the client's <see cref="Meter"/> (<see cref="LettaDiagnostics.MeterName"/>); null (the default) uses one
        /// meter shared by the process. With dependency injection the container's factory is used when this is null.
        /// </summary>
        public IMeterFactory? MeterFactory { get; set; }

        /// <summary>Describes the options without the API key.</summary>
        /// <returns>A one-line description.</returns>
        public override string ToString() =>
            "LettaClientOptions { BaseUrl = " + BaseUrlRules.Display(BaseUrl) + ", ApiKey = " + (!HasApiKey ? "(none)" : SecretRedactor.Mask)
            + ", ProjectId = " + (ProjectId ?? "(none)") + ", DefaultHeaders = [" + string.Join(", ", DefaultHeaders.Keys) + "]"
            + ", MaxRetries = " + MaxRetries + ", NetworkTimeout = " + NetworkTimeout + ", MaxRetryAfter = " + MaxRetryAfter
            + ", MaxResponseBytes = " + MaxResponseBytes + " }";

        /// <summary>Checks every option and throws an <see cref="ArgumentException"/> naming the first bad one.</summary>
        /// <exception cref="ArgumentException">An option is invalid; the message never contains the key.</exception>
        public void Validate()
        {
            if (HasApiKey && ApiKey!.Trim().Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c > 126))
            {
                throw new ArgumentException("ApiKey must not contain spaces, newlines, control or non-ASCII characters (the key is not shown).", nameof(ApiKey));
            }
            BaseUrlRules.Validate(BaseUrl, nameof(BaseUrl));
            if (ProjectId is not null && !CustomHeaders.IsValidValue(ProjectId))
            {
                throw new ArgumentException("ProjectId must not contain newlines or control characters.", nameof(ProjectId));
            }
            foreach (var header in DefaultHeaders)
            {
                CustomHeaders.Validate(header.Key, header.Value, nameof(DefaultHeaders));
                if (HasApiKey && string.Equals(header.Key, "Authorization", StringComparison.OrdinalIgnoreCase))
                {
                    throw new ArgumentException(
                        "DefaultHeaders has an Authorization header and ApiKey is set: the two conflict. Use one (ApiKey sends 'Authorization: Bearer <key>').",
                        nameof(DefaultHeaders));
                }
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
            if (MaxResponseBytes < 1024)
            {
                throw new ArgumentOutOfRangeException(nameof(MaxResponseBytes), MaxResponseBytes, "MaxResponseBytes must be at least 1024.");
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
                ApiKey = NullIfBlank(ApiKey),
                BaseUrl = BaseUrl,
                ProjectId = ProjectId,
                MaxRetries = MaxRetries,
                NetworkTimeout = NetworkTimeout,
                MaxRetryAfter = MaxRetryAfter,
                MaxResponseBytes = MaxResponseBytes,
                TimeProvider = TimeProvider,
                LoggerFactory = LoggerFactory,
                MeterFactory = MeterFactory,
            };
            foreach (var header in DefaultHeaders) copy.DefaultHeaders[header.Key] = header.Value;
            return copy;
        }

        private bool HasApiKey => !string.IsNullOrWhiteSpace(ApiKey);

        private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
    }
}
