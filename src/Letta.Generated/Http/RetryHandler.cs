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
    /// <see cref="LettaClientOptions.MaxRetries"/> times as <see cref="RetryDecision"/> and <see cref="RetryDelay"/>
    /// say; retries carry <c>x-stainless-retry-count</c>. What is still a failure after that leaves as a
    /// <see cref="LettaException"/>: nothing below this handler reaches the caller as a transport exception.
    /// </summary>
    internal sealed class RetryHandler : DelegatingHandler
    {
        /// <summary>Sent on retried requests only, with the number of the retry (1, 2, ...).</summary>
        public const string RetryCountHeader = "x-stainless-retry-count";

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

        public RetryHandler(LettaClientOptions options, SecretRedactor redactor, Func<double> random)
        {
            _networkTimeout = options.NetworkTimeout;
            _redactor = redactor;
            _telemetry = new RetryTelemetry(options, redactor);
            _pipeline = BuildPipeline(options, random, _telemetry);
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var attempts = 0;
            var context = ResilienceContextPool.Shared.Get(cancellationToken);
            // The shared pipeline's callbacks find the request (for telemetry) in this request's own context.
            context.Properties.Set(RetryTelemetry.RequestKey, request);
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
                _telemetry.Completed(request, response, attempts, cancellationToken);
                return response;
            }
            catch (Exception failure) when (_telemetry.Failed(request, failure, attempts, cancellationToken))
            {
                // Never entered: the filter only reports the failure, which the clauses below translate.
                // Stryker disable once Statement : its one mutant, this rethrow removed, is never reached: the filter above always returns false
                throw;
            }
            catch (TimeoutRejectedException timeout) when (context.Properties.GetValue(OwnTimeoutFired, false))
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
            catch (HttpRequestException failure) when (RetryDecision.TlsFailure(failure) is { } tls)
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

        private static ResiliencePipeline<HttpResponseMessage> BuildPipeline(LettaClientOptions options, Func<double> random, RetryTelemetry telemetry)
        {
            var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = options.TimeProvider };
            if (options.MaxRetries > 0)
            {
                builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
                {
                    MaxRetryAttempts = options.MaxRetries,
                    ShouldHandle = args => new ValueTask<bool>(RetryDecision.ShouldRetry(args.Outcome.Result, args.Outcome.Exception, args.Context.CancellationToken)),
                    DelayGenerator = args =>
                    {
                        var resent = args.Context.Properties.GetValue(ImmediateResendUsed, false);
                        if (!resent && args.Context.Properties.TryGetValue(RetryTelemetry.RequestKey, out var request)
                            && RetryDecision.ImmediateResend(request, args.Outcome.Exception))
                        {
                            // A stale pooled connection: a new one is opened at once, no backoff. It counts as a retry
                            // (MaxRetries, x-stainless-retry-count) but not as a backoff step: the next wait is the first.
                            args.Context.Properties.Set(ImmediateResendUsed, true);
                            args.Context.Properties.Set(RetryTelemetry.DelaySourceKey, RetryDelaySource.StaleConnection);
                            return new ValueTask<TimeSpan?>(TimeSpan.Zero);
                        }

                        var backoffStep = args.AttemptNumber - (resent ? 1 : 0);
                        var delay = RetryDelay.Next(backoffStep, args.Outcome.Result, options.MaxRetryAfter, options.TimeProvider.GetUtcNow(), random, out var source);
                        args.Context.Properties.Set(RetryTelemetry.DelaySourceKey, source);
                        return new ValueTask<TimeSpan?>(delay);
                    },
                    OnRetry = args =>
                    {
                        // Polly disposes the failed attempt's response before the next attempt (its connection is freed).
                        telemetry.Retrying(args.Context, args.AttemptNumber + 1, args.Outcome, args.RetryDelay);
                        return default;
                    },
                });
            }

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

        private static void MarkRetry(HttpRequestMessage request, int attempt)
        {
            RequestRetries.Set(request, attempt);
            request.Headers.Remove(RetryCountHeader);
            if (attempt > 0) request.Headers.TryAddWithoutValidation(RetryCountHeader, attempt.ToString(CultureInfo.InvariantCulture));
        }

        private static string Origin(Uri uri) =>
            // Scheme, host and port, the port even when it is the scheme's default (a user reading "refused" needs it); never
            // user:password@. Every request reaching this handler carries an absolute URL (HttpClient makes it so before any
            // handler runs), so there is no fallback to excuse.
            uri.Scheme + "://" + uri.Host + ":" + uri.Port.ToString(CultureInfo.InvariantCulture);

        private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";
    }
}
