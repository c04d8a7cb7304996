using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Letta.Generated
{
    /// <summary>Reads response content with the caller's token where the framework takes one.</summary>
    internal static class ContentReading
    {
        public static Task<Stream> ReadStreamAsync(HttpContent content, CancellationToken cancellationToken)
        {
#if NET5_0_OR_GREATER
            return content.ReadAsStreamAsync(cancellationToken);
#else
            cancellationToken.ThrowIfCancellationRequested();
            return content.ReadAsStreamAsync();
#endif
        }

        /// <summary>The body as text; an error body is already cut to <see cref="TruncatingContent.MaxBytes"/> by then.</summary>
        public static async Task<string> ReadStringAsync(HttpContent? content, CancellationToken cancellationToken)
        {
            if (content is null) return string.Empty;
#if NET5_0_OR_GREATER
            return await content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
#else
            cancellationToken.ThrowIfCancellationRequested();
            return await content.ReadAsStringAsync().ConfigureAwait(false);
#endif
        }
    }
}
