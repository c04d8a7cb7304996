using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Letta.Generated
{
    /// <summary>
    /// An error response's body as text. Decoded as UTF-8 whatever the Content-Type says: Letta and its gateways
    /// send UTF-8, and a bogus charset must not turn an error report into another error.
    /// </summary>
    internal static class ErrorBody
    {
        public static async Task<string> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
        {
            if (response.Content is null) return string.Empty;
#if NET5_0_OR_GREATER
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
#else
            cancellationToken.ThrowIfCancellationRequested();
            var bytes = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
#endif
            return Encoding.UTF8.GetString(bytes);
        }
    }
}
