using System.IO;
using System.Net.Http;
using System.Text;

namespace Letta.Generated.Tests.Support
{
    /// <summary>A transport's content that records whether it was disposed: a handler that drops a response must free its connection.</summary>
    internal sealed class TrackedContent : StreamContent
    {
        public TrackedContent(Stream body)
            : base(body)
        {
        }

        public TrackedContent(string text = "[]")
            : this(new MemoryStream(Encoding.UTF8.GetBytes(text)))
        {
        }

        public bool Disposed { get; private set; }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
