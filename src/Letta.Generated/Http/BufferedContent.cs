using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;

namespace Letta.Generated
{
    /// <summary>Response content already read into memory (<see cref="BufferedBody"/>), with the original content headers.</summary>
    internal sealed class BufferedContent : HttpContent
    {
        private readonly BufferedBody _body;

        public BufferedContent(BufferedBody body, HttpContent original)
        {
            _body = body;
            foreach (var header in original.Headers) Headers.TryAddWithoutValidation(header.Key, header.Value);

            // The length is the buffered one, replacing any copied above (a decompressing transport has already
            // dropped Content-Length and Content-Encoding).
            Headers.ContentLength = body.Length;
        }

        public BufferedBody Body => _body;

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            _body.CopyToAsync(stream, default);

        protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult(_body.OpenRead());

        protected override bool TryComputeLength(out long length)
        {
            length = _body.Length;
            // Stryker disable once Boolean : its one mutant, true to false, is never seen: ContentLength is set in the constructor, so nothing asks
            return true;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) _body.Dispose();
            base.Dispose(disposing);
        }
    }
}
