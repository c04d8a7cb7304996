using System;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Letta.Generated
{
    /// <summary>Reads response bodies; error bodies only up to <see cref="MaxErrorBodyBytes"/>.</summary>
    internal static class BoundedContent
    {
        /// <summary>Error bodies (HTML from a gateway, say) are kept up to this size, then cut.</summary>
        public const int MaxErrorBodyBytes = 64 * 1024;

        public static Task<Stream> ReadStreamAsync(HttpContent content, CancellationToken cancellationToken)
        {
#if NET5_0_OR_GREATER
            return content.ReadAsStreamAsync(cancellationToken);
#else
            cancellationToken.ThrowIfCancellationRequested();
            return content.ReadAsStreamAsync();
#endif
        }

        public static async Task<string> ReadTextAsync(HttpContent? content, CancellationToken cancellationToken)
        {
            if (content is null) return string.Empty;
            using var stream = await ReadStreamAsync(content, cancellationToken).ConfigureAwait(false);
            var buffer = new byte[MaxErrorBodyBytes];
            var total = 0;
            int read;
            while (total < buffer.Length && (read = await stream.ReadAsync(buffer, total, buffer.Length - total, cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
            }
            return Decode(content, buffer, total);
        }

        private static string Decode(HttpContent content, byte[] buffer, int count)
        {
            var encoding = Encoding.UTF8;
            var charset = content.Headers.ContentType?.CharSet;
            if (!string.IsNullOrEmpty(charset))
            {
                try { encoding = Encoding.GetEncoding(charset!.Trim('"')); }
                catch (ArgumentException) { /* unknown charset: UTF-8 is the best guess for JSON */ }
            }
            return encoding.GetString(buffer, 0, count);
        }
    }
}
