using System;
using System.Collections.Generic;
using System.Linq;

namespace Letta.Generated.Simulator
{
    /// <summary>
    /// A request as <see cref="SimulatedLettaServer.HandleAsync"/> reads it: what a host (the in-process
    /// <see cref="LettaSimulatorHandler"/>, the WireMock server of <c>LettaSimulator</c>, or your own) hands over.
    /// Only the method, path, query and headers matter; the host name is ignored.
    /// </summary>
    public sealed class SimulatedRequest
    {
        /// <summary>Creates a request.</summary>
        /// <param name="method">The HTTP method, such as <c>GET</c>.</param>
        /// <param name="path">The path, such as <c>/v1/messages/batches</c>, without the query.</param>
        /// <param name="rawQuery">The query string as sent (still percent-encoded), with or without the leading <c>?</c>; null for none.</param>
        /// <param name="headers">The request headers; a name may repeat.</param>
        public SimulatedRequest(string method, string path, string? rawQuery = null, IEnumerable<KeyValuePair<string, string>>? headers = null)
        {
            if (string.IsNullOrEmpty(method))
            {
                throw new ArgumentException("A method is required.", nameof(method));
            }

            Method = method;
            Path = path ?? throw new ArgumentNullException(nameof(path));
            RawQuery = (rawQuery ?? string.Empty).TrimStart('?');
            Headers = headers?.ToArray() ?? Array.Empty<KeyValuePair<string, string>>();
        }

        /// <summary>The HTTP method.</summary>
        public string Method { get; }

        /// <summary>The path, without the query.</summary>
        public string Path { get; }

        /// <summary>The query string as sent, without the leading <c>?</c>; empty when there is none.</summary>
        public string RawQuery { get; }

        /// <summary>The request headers, in the order given.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }
    }
}
