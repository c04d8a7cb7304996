using System;
using System.Net.Http;
using System.Threading;

namespace Letta.Generated
{
    /// <summary>
    /// The client for Letta's API, generated at build time from <c>openapi/letta-list-batches.openapi.json</c>: one
    /// method per operation (<see cref="ListBatchesAsync"/>), plus <see cref="ListAllBatchesAsync"/>, a pager that
    /// lists every batch exactly once. Thread-safe; create one and reuse it. Every request goes through the
    /// library's handler pipeline (retries, per-attempt timeout, bounded bodies), whichever constructor built
    /// the client, and every failure is a <see cref="LettaException"/>.
    /// </summary>
    public partial class LettaClient : IDisposable
    {
        private LettaClientOptions _options = null!;
        private RequestHeaders _requestHeaders = null!;
        private SecretRedactor _redactor = null!;
        private HttpClient? _ownedPipeline;

        /// <summary>What the pager reports (spans, page metrics, page log events); null for a mock (nothing reported).</summary>
        private ListingTelemetry? _listingTelemetry;

        // The generated part declares _httpClient, _baseUrl and _instanceSettings non-nullable and relies on its own
        // constructor (which disables this warning too); these constructors set the first two through Configure/Apply,
        // and the generated code reads _instanceSettings only through "?? the shared settings".
#pragma warning disable CS8618
        /// <summary>For mocking: a client whose virtual methods are meant to be overridden. It sends nothing.</summary>
        protected LettaClient()
        {
        }

        /// <summary>Creates a client that owns its connections.</summary>
        /// <param name="options">The options (<c>new LettaClientOptions()</c> reads the environment); copied, so later changes do not affect this client.</param>
        /// <exception cref="ArgumentException">An option is invalid.</exception>
        public LettaClient(LettaClientOptions options)
        {
            if (options is null) throw new ArgumentNullException(nameof(options));
            Configure(options, LettaHttpPipeline.CreateTransport());
        }

        /// <summary>
        /// Creates a client that sends through <paramref name="httpClient"/> (and never disposes it), with this
        /// library's retries and timeouts above it.
        /// </summary>
        /// <param name="httpClient">
        /// The client to send with. Its <c>Timeout</c> should be longer than <see cref="LettaClientOptions.NetworkTimeout"/>
        /// (or infinite), so the two do not fight; its <c>BaseAddress</c> is not used.
        /// </param>
        /// <param name="options">The options; copied.</param>
        /// <exception cref="ArgumentException">An option is invalid.</exception>
        public LettaClient(HttpClient httpClient, LettaClientOptions options)
        {
            if (httpClient is null) throw new ArgumentNullException(nameof(httpClient));
            if (options is null) throw new ArgumentNullException(nameof(options));
            Configure(options, new HttpClientTransport(httpClient));
        }

        private LettaClient(LettaClientOptions options, HttpClient pipelineClient)
        {
            Apply(ValidatedCopy(options));
            _httpClient = pipelineClient;
        }

        /// <summary>A sibling over the same pipeline and options (never disposing it) that reads pages in another form.</summary>
        private LettaClient(LettaClient parent, bool jsonBodies)
        {
            _options = parent._options;
            _redactor = parent._redactor;
            _requestHeaders = parent._requestHeaders;
            _baseUrl = parent._baseUrl;
            _httpClient = parent._httpClient;
            _listingTelemetry = parent._listingTelemetry;
            _jsonBodies = jsonBodies;
        }

        /// <summary>
        /// For the dependency-injection package: <paramref name="pipelineClient"/> comes from <c>IHttpClientFactory</c>
        /// with this library's handlers already in its chain, so nothing is wrapped again.
        /// </summary>
        internal static LettaClient OverPipeline(HttpClient pipelineClient, LettaClientOptions options) => new LettaClient(options, pipelineClient);
#pragma warning restore CS8618

        /// <summary>Disposes the connections this client made.</summary>
        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        /// <summary>Disposes the handler pipeline this client built (never an <see cref="HttpClient"/> it was given).</summary>
        /// <param name="disposing">True when called from <see cref="Dispose()"/>.</param>
        protected virtual void Dispose(bool disposing)
        {
            if (disposing) _ownedPipeline?.Dispose();
        }

        /// <summary>Hook of the generated constructor <c>LettaClient(HttpClient)</c>: options from the environment, with the client's <c>BaseAddress</c> when it has one.</summary>
        partial void Initialize()
        {
            var given = _httpClient;
            var options = new LettaClientOptions();
            if (given.BaseAddress is not null && Environment.GetEnvironmentVariable("LETTA_BASE_URL") is null)
            {
                options.BaseUrl = given.BaseAddress;
            }

            Configure(options, new HttpClientTransport(given));
        }

        private void Configure(LettaClientOptions options, HttpMessageHandler transport)
        {
            LettaClientOptions copy;
            try
            {
                copy = ValidatedCopy(options);
            }
            catch
            {
                transport.Dispose();
                throw;
            }

            Apply(copy);
            _ownedPipeline = new HttpClient(LettaHttpPipeline.Create(copy, _redactor, transport), disposeHandler: true)
            {
                // NetworkTimeout (per attempt) governs; a client-wide timeout would cut retries short.
                Timeout = Timeout.InfiniteTimeSpan,
            };
            _httpClient = _ownedPipeline;
        }

        private void Apply(LettaClientOptions options)
        {
            _options = options;
            _redactor = SecretRedactor.For(options);
            _requestHeaders = new RequestHeaders(options);
            _listingTelemetry = new ListingTelemetry(options, _redactor);
            var baseUrl = options.BaseUrl.AbsoluteUri;
            _baseUrl = baseUrl.EndsWith("/", StringComparison.Ordinal) ? baseUrl : baseUrl + "/";
        }

        private static LettaClientOptions ValidatedCopy(LettaClientOptions options)
        {
            var copy = options.Clone();
            copy.Validate();
            return copy;
        }
    }
}
