using System.Buffers;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Letta.Generated
{
    /// <summary>
    /// Reads each response body into memory inside its attempt, so the per-attempt timeout and the caller's
    /// token cover the body as well as the headers, a body cut off mid-way is retried like a dropped
    /// connection, and deserialization never waits on the network. Bodies are bounded: a success body over
    /// <see cref="LettaClientOptions.MaxResponseBytes"/> fails with a <see cref="LettaResponseException"/> without
    /// the rest being read; an error body is kept up to <see cref="ErrorBodyBytes"/> and cut.
    /// </summary>
    internal sealed class ResponseBufferingHandler : DelegatingHandler
    {
        /// <summary>Error bodies (HTML from a gateway, say) are kept up to this size, then cut.</summary>
        public const int ErrorBodyBytes = 64 * 1024;

        private const int ExcerptBytes = 2048;
        private readonly long _maxResponseBytes;
        private readonly SecretRedactor _redactor;
        private readonly ArrayPool<byte> _pool;

        /// <param name="maxResponseBytes">The largest success body read.</param>
        /// <param name="redactor">Removes secrets from excerpts.</param>
        /// <param name="pool">Where bodies rent their segments; <see cref="ArrayPool{T}.Shared"/> unless a test passes one that records returns.</param>
        public ResponseBufferingHandler(long maxResponseBytes, SecretRedactor redactor, ArrayPool<byte>? pool = null)
        {
            _maxResponseBytes = maxResponseBytes;
            _redactor = redactor;
            _pool = pool ?? ArrayPool<byte>.Shared;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            // Stryker disable once Logical : its one mutant, || to &&, buffers a buffered body again, which reads the same bytes (and on .NET 5+ Content is never null)
            if (response.Content is null || response.Content is BufferedContent) return response;
            var body = new BufferedBody(_pool);
            try
            {
                var limit = response.IsSuccessStatusCode ? _maxResponseBytes : ErrorBodyBytes;
                var complete = await ReadAsync(response.Content, body, limit, cancellationToken).ConfigureAwait(false);
                if (!complete && response.IsSuccessStatusCode)
                {
                    throw new LettaResponseException(
                        "Letta returned " + ErrorMessages.Status((int)response.StatusCode) + " with a body larger than MaxResponseBytes ("
                        + _maxResponseBytes + " bytes); the rest was not read. Ask for smaller pages, or raise LettaClientOptions.MaxResponseBytes.",
                        ErrorResponse.Of(response, _redactor, Excerpt(body)));
                }

                var original = response.Content;
                response.Content = new BufferedContent(body, original);
                original.Dispose();
                return response;
            }
            catch (IOException cut)
            {
                // The body was cut off: a failed request, retried like a dropped connection (by this library's retry
                // handler, and by a standard resilience handler, which retries HttpRequestException).
                body.Dispose();
                response.Dispose();
                var failure = new HttpRequestException("The connection broke while the response body was read: " + cut.Message, cut);
                failure.Data[RetryRules.AfterResponseHeaders] = true;
                throw failure;
            }
            catch (InvalidDataException exception)
            {
                // A corrupt compressed body (Content-Encoding: gzip with bytes that are not gzip): not transient.
                body.Dispose();
                var error = ErrorResponse.Of(response, _redactor, body: null);
                response.Dispose();
                throw new LettaResponseException(
                    "Letta returned " + ErrorMessages.Status(error.StatusCode) + " with a body that could not be decompressed: "
                    + ErrorMessages.Excerpt(exception.Message), error, exception);
            }
            catch
            {
                body.Dispose();
                response.Dispose();
                throw;
            }
        }

        private static async Task<bool> ReadAsync(HttpContent content, BufferedBody body, long limit, CancellationToken cancellationToken)
        {
#if NET5_0_OR_GREATER
            using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return await body.FillAsync(stream, limit, cancellationToken).ConfigureAwait(false);
#else
            using var stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
            // Older frameworks' network streams may ignore the token: closing the stream ends a stalled read.
            using (cancellationToken.Register(stream.Dispose))
            {
                try
                {
                    return await body.FillAsync(stream, limit, cancellationToken).ConfigureAwait(false);
                }
                catch (System.ObjectDisposedException) when (cancellationToken.IsCancellationRequested)
                {
                    throw new System.OperationCanceledException(cancellationToken);
                }
            }
#endif
        }

        private string Excerpt(BufferedBody body) => _redactor.Redact(Encoding.UTF8.GetString(body.Head(ExcerptBytes)));
    }
}
