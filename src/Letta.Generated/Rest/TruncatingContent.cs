using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;

namespace Letta.Generated
{
    /// <summary>
    /// Wraps an error response's content so that whoever reads it (the generated client reads error
    /// bodies whole, as a string) gets at most <see cref="MaxBytes"/> bytes. Every error response passes through
    /// here first (the ProcessResponse hook), so this is the one place error bodies are bounded.
    /// </summary>
    internal sealed class TruncatingContent : HttpContent
    {
        /// <summary>Error bodies (HTML from a gateway, say) are kept up to this size, then cut.</summary>
        public const int MaxBytes = 64 * 1024;

        private readonly HttpContent _inner;

        public TruncatingContent(HttpContent inner)
        {
            _inner = inner;
            foreach (var header in inner.Headers)
            {
                if (header.Key != "Content-Length") Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            using var source = await _inner.ReadAsStreamAsync().ConfigureAwait(false);
            var buffer = new byte[16 * 1024];
            var remaining = MaxBytes;
            int read;
            while (remaining > 0 && (read = await source.ReadAsync(buffer, 0, System.Math.Min(buffer.Length, remaining)).ConfigureAwait(false)) > 0)
            {
                await stream.WriteAsync(buffer, 0, read).ConfigureAwait(false);
                remaining -= read;
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) _inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
