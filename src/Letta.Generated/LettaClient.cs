using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Polly.Timeout;

namespace Letta.Generated
{
    /// <summary>
    /// The client for Letta's List Batches API. Thread-safe; create one and reuse it. A client built
    /// from options owns its <see cref="HttpClient"/> and disposes it; a client given an
    /// <see cref="HttpClient"/> (from <c>IHttpClientFactory</c>, say) never disposes it.
    /// </summary>
    public class LettaClient : ILettaClient, IDisposable
    {
        private readonly BodyReadingRestClient _rest = null!;
        private readonly ResiliencePipeline _retryPipeline = null!;
        private readonly SecretRedactor _redactor = null!;
        private readonly LettaClientOptions _options = null!;
        private readonly HttpClient _httpClient = null!;
        private readonly HttpClient? _ownedHttpClient;

        /// <summary>For mocking: a client whose virtual methods are meant to be overridden.</summary>
        protected LettaClient()
        {
        }

        /// <summary>Creates a client that owns its <see cref="HttpClient"/>.</summary>
        /// <param name="options">The options (<c>new LettaClientOptions()</c> reads the environment); copied, so later changes do not affect this client.</param>
        /// <exception cref="ArgumentException">An option is invalid.</exception>
        public LettaClient(LettaClientOptions options)
            : this(CreateOwnedHttpClient(), options ?? throw new ArgumentNullException(nameof(options)), ownsHttpClient: true)
        {
        }

        /// <summary>Creates a client over an <see cref="HttpClient"/> it does not own (and never disposes).</summary>
        /// <param name="httpClient">
        /// The client to send with. Its <c>Timeout</c> should be longer than
        /// <see cref="LettaClientOptions.NetworkTimeout"/> (or infinite), so the two do not fight.
        /// </param>
        /// <param name="options">The options; null for defaults from the environment, with <paramref name="httpClient"/>'s
        /// <c>BaseAddress</c> as the base URL when it has one.</param>
        /// <exception cref="ArgumentException">An option is invalid.</exception>
        public LettaClient(HttpClient httpClient, LettaClientOptions? options = null)
            : this(httpClient ?? throw new ArgumentNullException(nameof(httpClient)), options ?? DefaultOptionsFor(httpClient), ownsHttpClient: false)
        {
        }

        private LettaClient(HttpClient httpClient, LettaClientOptions options, bool ownsHttpClient)
        {
            options = options.Clone();
            try
            {
                options.Validate();
            }
            catch
            {
                if (ownsHttpClient) httpClient.Dispose();
                throw;
            }
            _options = options;
            _httpClient = httpClient;
            _ownedHttpClient = ownsHttpClient ? httpClient : null;
            _redactor = new SecretRedactor(options.ApiKey);
            var headers = new LettaRequestHeaders(options.ApiKey, options.ProjectId, options.DefaultHeaders);
            _rest = new BodyReadingRestClient(httpClient, headers) { BaseUrl = options.BaseUrl.AbsoluteUri };
            _retryPipeline = LettaRetryPolicy.Create(options, Jitter.Next);
        }

        /// <inheritdoc />
        public virtual async Task<LettaResponse<IReadOnlyList<BatchJob>>> ListBatchesAsync(ListBatchesRequest? request = null, CancellationToken cancellationToken = default)
        {
            request ??= new ListBatchesRequest();
            request.Validate();
            return await SendWithRetriesAsync(request, cancellationToken).ConfigureAwait(false);
        }

        /// <inheritdoc />
        public virtual LettaPageable<BatchJob> ListAllBatchesAsync(ListAllBatchesOptions? options = null, CancellationToken cancellationToken = default)
        {
            return new BatchPageable(SendWithRetriesAsync, options ?? new ListAllBatchesOptions(), cancellationToken);
        }

        /// <summary>Disposes the <see cref="HttpClient"/> if this client created it.</summary>
        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        /// <summary>Disposes the owned <see cref="HttpClient"/>.</summary>
        /// <param name="disposing">True when called from <see cref="Dispose()"/>.</param>
        protected virtual void Dispose(bool disposing)
        {
            if (disposing) _ownedHttpClient?.Dispose();
        }

        private async Task<LettaResponse<IReadOnlyList<BatchJob>>> SendWithRetriesAsync(ListBatchesRequest request, CancellationToken cancellationToken)
        {
            var attempt = 0;
            try
            {
                return await _retryPipeline.ExecuteAsync(
                    async attemptToken =>
                    {
                        RetryAttempt.Current = attempt++;
                        return await SendOnceAsync(request, attemptToken, cancellationToken).ConfigureAwait(false);
                    },
                    cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutRejectedException timeout)
            {
                throw new LettaTimeoutException(
                    "Letta did not answer within " + _options.NetworkTimeout.TotalSeconds + " s (NetworkTimeout), after " + attempt + " attempt(s).",
                    _options.NetworkTimeout, timeout);
            }
        }

        private async Task<LettaResponse<IReadOnlyList<BatchJob>>> SendOnceAsync(ListBatchesRequest request, CancellationToken attemptToken, CancellationToken callerToken)
        {
            try
            {
                var response = await _rest.ListBatchesAsync(request.Before, request.After, request.Limit, request.Order, request.OrderBy, attemptToken).ConfigureAwait(false);
                return new LettaResponse<IReadOnlyList<BatchJob>>(response.Result, response.StatusCode, HeaderDictionary.CaseInsensitive(response.Headers));
            }
            catch (LettaRestException error)
            {
                throw LettaErrorFactory.Create(error, _redactor, request.Cursor, _options.TimeProvider.GetUtcNow());
            }
            catch (HttpRequestException error)
            {
                throw new LettaConnectionException("Could not reach Letta at " + _options.BaseUrl + ": " + _redactor.Redact(error.Message), error);
            }
            catch (OperationCanceledException error) when (!attemptToken.IsCancellationRequested && !callerToken.IsCancellationRequested)
            {
                // Neither token fired: HttpClient.Timeout elapsed.
                throw new LettaTimeoutException(
                    "The HttpClient's own Timeout (" + _httpClient.Timeout.TotalSeconds + " s) elapsed before Letta answered; make it longer than NetworkTimeout.",
                    _httpClient.Timeout, error);
            }
        }

        private static HttpClient CreateOwnedHttpClient()
        {
#if NET5_0_OR_GREATER
            // Pooled connections are recycled so a long-lived client follows DNS changes.
            var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AutomaticDecompression = System.Net.DecompressionMethods.All };
#else
            var handler = new HttpClientHandler { AutomaticDecompression = System.Net.DecompressionMethods.GZip | System.Net.DecompressionMethods.Deflate };
#endif
            // The per-attempt timeout is the retry pipeline's; HttpClient's own must not fight it.
            return new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        }

        private static LettaClientOptions DefaultOptionsFor(HttpClient httpClient)
        {
            var options = new LettaClientOptions();
            if (httpClient.BaseAddress is not null && Environment.GetEnvironmentVariable("LETTA_BASE_URL") is null)
            {
                options.BaseUrl = httpClient.BaseAddress;
            }
            return options;
        }
    }
}
