using System;
using System.Collections.Generic;
using System.IO;

namespace Letta.Generated.Simulator
{
    /// <summary>
    /// The simulator's answer to one <see cref="SimulatedRequest"/>, for a host to send: status, headers and body.
    /// Dispose it (or its <see cref="Body"/>) when done; the body can be read once.
    /// </summary>
    public sealed class SimulatedResponse : IDisposable
    {
        internal SimulatedResponse(int statusCode, IReadOnlyList<KeyValuePair<string, string>> headers, Stream? body, bool isBodyStreamed)
        {
            StatusCode = statusCode;
            Headers = headers;
            Body = body;
            IsBodyStreamed = isBodyStreamed;
        }

        /// <summary>The HTTP status code.</summary>
        public int StatusCode { get; }

        /// <summary>
        /// Every header to send, content headers such as <c>Content-Type</c> and <c>Content-Encoding</c> included, with
        /// values exactly as they must go on the wire (a fault may send values a strict parser would reject).
        /// </summary>
        public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

        /// <summary>The body, or null when the response has none.</summary>
        public Stream? Body { get; }

        /// <summary>
        /// True when the body is produced while it is read (a stalled, dripping, reset or oversized body): a host must
        /// copy it to the client as it comes (flushing each piece), never buffer it first. Such a body may fail part-way
        /// with an <see cref="IOException"/> (a simulated connection reset), which a host should turn into an aborted
        /// connection.
        /// </summary>
        public bool IsBodyStreamed { get; }

        /// <summary>Releases the body.</summary>
        public void Dispose() => Body?.Dispose();
    }
}
