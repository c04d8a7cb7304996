namespace Letta.Generated
{
    /// <summary>Where the wait before a retry came from; reported with each retry (log event, metric tag).</summary>
    internal enum RetryDelaySource
    {
        /// <summary>The normal backoff: the server sent no usable hint.</summary>
        Backoff,

        /// <summary>The server's <c>retry-after-ms</c> header.</summary>
        RetryAfterMs,

        /// <summary>The server's <c>Retry-After</c> header (seconds or an HTTP date).</summary>
        RetryAfter,

        /// <summary>The normal backoff, because the server's hint was longer than <see cref="LettaClientOptions.MaxRetryAfter"/>.</summary>
        BackoffOverMaxRetryAfter,

        /// <summary>No wait: the server closed the connection before any response byte (a stale pooled connection), resent at once.</summary>
        StaleConnection,
    }
}
