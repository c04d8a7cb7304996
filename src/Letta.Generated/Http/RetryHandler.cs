using System;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Letta.Generated
{
    /// <summary>
    /// The outermost handler of every client's pipeline, built with Polly: each attempt (headers and body) runs
    /// under <see cref="LettaClientOptions.NetworkTimeout"/>; failed attempts are retried up to
    /// <see cref="LettaClientOptions.MaxRetries"/> times as <see cref="RetryRules"/> say, after Polly's exponential
    /// backoff with jitter or the server's hint; retries carry
    /// <c>x-stainless-retry-count</c>, and the request message carries its retry count for the page's span
    /// (<see cref="RetriesOf"/>). Polly's retry strategy asks the rules once per attempt and keeps the verdict,
    /// which <see cref="RetryTelemetry"/> reports. What is still a failure after that leaves as a
    /// <see cref="LettaException"/>: nothing below this handler reaches the caller as a transport exception.
    /// </summary>
    internal sealed class RetryHandler : DelegatingHandler
    {
        /// <summary>Sent on retried requests only, with the number of the retry (1, 2, ...).</summary>
        public const string RetryCountHeader = "x-stainless-retry-count";

        /// <summary>The request, in the Polly context of its own execution (the pipeline is shared by every request).</summary>
        private static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new ResiliencePropertyKey<HttpRequestMessage>("Letta.Generated.Request");

        /// <summary>Where the delay the retry strategy just chose came from, handed from its delay generator to its OnRetry.</summary>
        private static readonly ResiliencePropertyKey<RetryDelaySource> DelaySourceKey = new ResiliencePropertyKey<RetryDelaySource>("Letta.Generated.DelaySource");

        /// <summary>The last attempt's outcome (its response or exception) and whether the rules would retry it.</summary>
        private static readonly ResiliencePropertyKey<Verdict> LastVerdict = new ResiliencePropertyKey<Verdict>("Letta.Generated.LastVerdict");

        /// <summary>Set on the attempt's context when this handler's own NetworkTimeout cut it.</summary>
        private static readonly ResiliencePropertyKey<bool> OwnTimeoutFired = new ResiliencePropertyKey<bool>("Letta.OwnTimeoutFired");

        /// <summary>Set on the request's context once its one immediate resend (a stale connection) was used.</summary>
        private static readonly ResiliencePropertyKey<bool> ImmediateResendUsed = new ResiliencePropertyKey<bool>("Letta.ImmediateResendUsed");

        private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
        private readonly TimeSpan _networkTimeout;
        private readonly SecretRedactor _redactor;
        private readonly RetryTelemetry _telemetry;

        /// <summary>The proxy the transport connects through for a URL, or null (none, or not known).</summary>
        public Func<Uri, Uri?>? ProxyFor { get; set; }

        public RetryHandler(LettaClientOptions options, SecretRedactor redactor)
        {
            _networkTimeout = options.NetworkTimeout;
            _redactor = redactor;
            _telemetry = new RetryTelemetry(options, redactor);
            _pipeline = BuildPipeline(options, _telemetry);
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var attempts = 0;
            var context = ResilienceContextPool.Shared.Get(cancellationToken);
            // The shared pipeline's callbacks find the request (for telemetry) in this request's own context.
            context.Properties.Set(RequestKey, request);
            try
            {
                var response = await _pipeline.ExecuteAsync(
                    async (attempt, _) =>
                    {
                        attempt.Properties.Set(OwnTimeoutFired, false);
                        MarkRetry(request, attempts++);
                        return await base.SendAsync(request, attempt.CancellationToken).ConfigureAwait(false);
                    },
                    context,
                    attempts).ConfigureAwait(false);
                _telemetry.Completed(request, response, attempts, GaveUp(context, response));
                // The generated client reads the count from the request the response answers: after a redirect, the
                // redirect's copy; from a transport that leaves it unset, this request.
                if (response.RequestMessage is null) response.RequestMessage = request;
                else if (!ReferenceEquals(response.RequestMessage, request)) SetRetries(response.RequestMessage, attempts - 1);
                return response;
            }
            catch (Exception failure) when (_telemetry.Failed(request, failure, attempts, GaveUp(context, failure), cancellationToken))
            {
                // Never entered: the filter only reports the failure, which the clauses below translate.
                // Stryker disable once Statement : its one mutant, this rethrow removed, is never reached: the filter above always returns false
                throw;
            }
            catch (TimeoutRejectedException timeout) when (context.Properties.TryGetValue(OwnTimeoutFired, out var fired) && fired)
            {
                throw new LettaTimeoutException(
                    "Letta did not answer within " + Seconds(_networkTimeout) + " (NetworkTimeout, per attempt, headers and body), after " + attempts + " attempt(s).",
                    _networkTimeout, timeout);
            }
            catch (TimeoutRejectedException timeout)
            {
                // Not this handler's NetworkTimeout: a resilience handler of the user's below it (AddStandardResilienceHandler, say).
                throw new LettaTimeoutException(
                    "A resilience handler in the HttpClient's pipeline gave up after its timeout of " + Seconds(timeout.Timeout) + ", after " + attempts
                    + " attempt(s) of this client; its retries and timeouts replace the client's own.", timeout.Timeout, timeout);
            }
            catch (HttpRequestException failure) when (RetryRules.TlsFailure(failure) is { } tls)
            {
                // The certificate or the TLS handshake was refused: say which check failed, as curl does; never retried.
                throw new LettaConnectionException(
                    "Could not establish a secure connection to Letta at " + Origin(request.RequestUri!) + " (not retried): "
                    + ErrorMessages.Excerpt(_redactor.Redact(tls.Message)), failure);
            }
            catch (HttpRequestException failure) when (failure.InnerException is IOException)
            {
                throw new LettaConnectionException(
                    "The connection to Letta at " + Origin(request.RequestUri!) + " broke while the response was read, after " + attempts + " attempt(s): "
                    + ErrorMessages.Excerpt(_redactor.Redact(failure.InnerException.Message)), failure);
            }
            catch (HttpRequestException failure) when (failure.InnerException is SocketException && ProxyFor?.Invoke(request.RequestUri!) is { } proxy)
            {
                // The connection that failed was the one to the proxy: say so (as gh's "proxyconnect tcp:" does), never its user:password@.
                throw new LettaConnectionException(
                    "Could not reach the proxy " + Origin(proxy) + " (for Letta at " + Origin(request.RequestUri!) + ") after " + attempts + " attempt(s): "
                    + ErrorMessages.Excerpt(_redactor.Redact(failure.Message)) + "; check HTTP_PROXY / HTTPS_PROXY / NO_PROXY or the proxy itself.", failure);
            }
            catch (HttpRequestException failure)
            {
                throw new LettaConnectionException(
                    "Could not reach Letta at " + Origin(request.RequestUri!) + " after " + attempts + " attempt(s): " + ErrorMessages.Excerpt(_redactor.Redact(failure.Message)), failure);
            }
            catch (OperationCanceledException inner) when (!cancellationToken.IsCancellationRequested)
            {
                // Not the caller's token and not NetworkTimeout: a timeout below this handler (a handler of the user's).
                throw new LettaTimeoutException(
                    "A timeout below the client's retry handler elapsed before Letta answered, after " + attempts + " attempt(s).", _networkTimeout, inner);
            }
            finally
            {
                // Stryker disable once Statement : its one mutant, this return removed, costs Polly one allocation per request and nothing a caller can observe (the context is never used again)
                ResilienceContextPool.Shared.Return(context);
            }
        }

        private static ResiliencePipeline<HttpResponseMessage> BuildPipeline(LettaClientOptions options, RetryTelemetry telemetry)
        {
            var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = options.TimeProvider };
            // Added even with MaxRetries = 0 (as one attempt, never retried), so every attempt's verdict is kept for telemetry.
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(options.MaxRetries, 1),
                // Polly computes the backoff: exponential with its decorrelated jitter, capped. The delay generator
                // below only replaces it with the server's hint or the stale-connection resend's zero.
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = RetryRules.BackoffBase,
                MaxDelay = RetryRules.MaxBackoff,
                ShouldHandle = args =>
                {
                    var retryable = RetryRules.ShouldRetry(args.Outcome.Result, args.Outcome.Exception, args.Context.CancellationToken);
                    args.Context.Properties.Set(LastVerdict, new Verdict((object?)args.Outcome.Result ?? args.Outcome.Exception, retryable));
                    return new ValueTask<bool>(retryable && options.MaxRetries > 0);
                },
                DelayGenerator = args =>
                {
                    if (!args.Context.Properties.GetValue(ImmediateResendUsed, false) && args.Context.Properties.TryGetValue(RequestKey, out var request)
                        && RetryRules.ImmediateResend(request, args.Outcome.Exception))
                    {
                        // A stale pooled connection: a new one is opened at once, no backoff. It counts as a retry
                        // (MaxRetries, x-stainless-retry-count) and, in Polly's backoff, as a step: a later wait is the next one's.
                        args.Context.Properties.Set(ImmediateResendUsed, true);
                        args.Context.Properties.Set(DelaySourceKey, RetryDelaySource.StaleConnection);
                        return new ValueTask<TimeSpan?>(TimeSpan.Zero);
                    }

                    // The server's hint within MaxRetryAfter, else null: Polly's backoff.
                    var hint = RetryRules.Hint(args.Outcome.Result, options.MaxRetryAfter, options.TimeProvider.GetUtcNow(), out var source);
                    args.Context.Properties.Set(DelaySourceKey, source);
                    return new ValueTask<TimeSpan?>(hint);
                },
                OnRetry = args =>
                {
                    // Polly disposes the failed attempt's response before the next attempt (its connection is freed).
                    args.Context.Properties.TryGetValue(DelaySourceKey, out var source);
                    telemetry.Retrying(args.Context.Properties.GetValue(RequestKey, null!), args.AttemptNumber + 1, args.Outcome.Result, args.Outcome.Exception, args.RetryDelay, source, args.Context.CancellationToken);
                    return default;
                },
            });

            if (options.NetworkTimeout != Timeout.InfiniteTimeSpan)
            {
                builder.AddTimeout(new TimeoutStrategyOptions
                {
                    Timeout = options.NetworkTimeout,
                    OnTimeout = args =>
                    {
                        args.Context.Properties.Set(OwnTimeoutFired, true);
                        return default;
                    },
                });
            }

            return builder.Build();
        }

        /// <summary>
        /// Whether the request gave up: what the retry strategy concluded about its last attempt, when what left the
        /// pipeline is that attempt's outcome (not, say, the caller's cancellation during a wait).
        /// </summary>
        private static bool GaveUp(ResilienceContext context, object outcome) =>
            context.Properties.TryGetValue(LastVerdict, out var last) && ReferenceEquals(last.Outcome, outcome) && last.Retryable;

        /// <summary>
        /// How many times a request was retried, as this handler wrote it on the request message before each attempt;
        /// the generated client reads it into <c>LettaResponse.RetryCount</c>, and the pager puts it on the page's span.
        /// The count travels with the message, never through ambient state, so concurrent requests (prefetch) cannot
        /// mix their counts.
        /// </summary>
        public static int RetriesOf(HttpRequestMessage request) =>
#if NET5_0_OR_GREATER
            request.Options.TryGetValue(RetryCountKey, out var retries) ? retries : 0;
#else
            request.Properties.TryGetValue(RetryCountKey, out var retries) && retries is int count ? count : 0;
#endif

#if NET5_0_OR_GREATER
        private static readonly HttpRequestOptionsKey<int> RetryCountKey = new HttpRequestOptionsKey<int>("Letta.Generated.RetryCount");
#else
        private const string RetryCountKey = "Letta.Generated.RetryCount";
#endif

        private static void SetRetries(HttpRequestMessage request, int retries)
        {
#if NET5_0_OR_GREATER
            request.Options.Set(RetryCountKey, retries);
#else
            request.Properties[RetryCountKey] = retries;
#endif
        }

        private static void MarkRetry(HttpRequestMessage request, int attempt)
        {
            SetRetries(request, attempt);
            request.Headers.Remove(RetryCountHeader);
            if (attempt > 0) request.Headers.TryAddWithoutValidation(RetryCountHeader, attempt.ToString(CultureInfo.InvariantCulture));
        }

        private static string Origin(Uri uri) =>
            // Scheme, host and port, the port even when it is the scheme's default (a user reading "refused" needs it); never
            // user:password@. Every request reaching this handler carries an absolute URL (HttpClient makes it so before any
            // handler runs), so there is no fallback to excuse.
            uri.Scheme + "://" + uri.Host + ":" + uri.Port.ToString(CultureInfo.InvariantCulture);

        private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

        /// <summary>An attempt's outcome and the rules' verdict on it.</summary>
        private sealed class Verdict
        {
            public Verdict(object? outcome, bool retryable)
            {
                Outcome = outcome;
                Retryable = retryable;
            }

            public object? Outcome { get; }

            public bool Retryable { get; }
        }
    }
}
