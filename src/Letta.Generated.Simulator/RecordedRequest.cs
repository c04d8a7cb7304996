using System;
using System.Collections.Generic;
using System.Threading;

namespace Letta.Generated.Simulator
{
    /// <summary>
    /// A request the simulator received, recorded on arrival (before any delay or fault is applied); the status it
    /// was answered with is filled in once the answer is chosen.
    /// </summary>
    public sealed class RecordedRequest
    {
        // 0 until answered; an int (not int?) so it can be published with Volatile from the answering thread.
        private int _statusCode;

        internal RecordedRequest(
            int number,
            string method,
            string path,
            string rawQuery,
            IReadOnlyList<KeyValuePair<string, string>> queryParameters,
            IReadOnlyDictionary<string, string> headers,
            DateTimeOffset receivedAt)
        {
            Number = number;
            Method = method;
            Path = path;
            RawQuery = rawQuery;
            QueryParameters = queryParameters;
            Headers = headers;
            ReceivedAt = receivedAt;

            // FastAPI reads a repeated scalar parameter as its last value; the dictionary does the same.
            var query = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in queryParameters)
            {
                query[pair.Key] = pair.Value;
            }

            Query = query;
        }

        /// <summary>The 1-based arrival number of this request.</summary>
        public int Number { get; }

        /// <summary>The HTTP method, such as <c>GET</c>.</summary>
        public string Method { get; }

        /// <summary>The path, such as <c>/v1/messages/batches</c>.</summary>
        public string Path { get; }

        /// <summary>The query string as sent, without the leading <c>?</c>; empty when there is none.</summary>
        public string RawQuery { get; }

        /// <summary>Every decoded query parameter in the order sent, repeats included.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> QueryParameters { get; }

        /// <summary>The decoded query parameters; a repeated name keeps its last value, as the server reads it.</summary>
        public IReadOnlyDictionary<string, string> Query { get; }

        /// <summary>The request headers (names case-insensitive; repeated values joined with <c>", "</c>).</summary>
        public IReadOnlyDictionary<string, string> Headers { get; }

        /// <summary>When the request arrived, on <see cref="LettaSimulatorOptions.TimeProvider"/>.</summary>
        public DateTimeOffset ReceivedAt { get; }

        /// <summary>
        /// The HTTP status the simulator answered with (a fault's status included, such as 429 or 503), or null while the
        /// request is still waiting (a delay fault) or when it was cancelled before any answer. A body fault that fails
        /// after the headers (a reset, a stall) still counts as answered with the status its headers carried.
        /// </summary>
        public int? StatusCode
        {
            get
            {
                var status = Volatile.Read(ref _statusCode);
                return status == 0 ? null : status;
            }
        }

        /// <inheritdoc />
        public override string ToString() => RawQuery.Length == 0 ? $"{Method} {Path}" : $"{Method} {Path}?{RawQuery}";

        internal void Answered(int statusCode) => Volatile.Write(ref _statusCode, statusCode);
    }
}
