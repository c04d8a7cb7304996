using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Letta.Generated.Testing
{
    /// <summary>
    /// A one-shot fault for the next request, queued with <see cref="FaultQueue.Enqueue(SimulatedFault[])"/>.
    /// Faults play the gateway in front of the server, so they apply before authentication and validation.
    /// Instances are immutable: the <c>With…</c> methods return copies.
    /// </summary>
    public sealed class SimulatedFault
    {
        private const string Json = "application/json";

        private SimulatedFault(FaultKind kind, int statusCode, string? body, string? contentType, TimeSpan delay, IReadOnlyList<KeyValuePair<string, string>> headers)
        {
            Kind = kind;
            StatusCode = statusCode;
            Body = body;
            ContentType = contentType;
            Delay = delay;
            Headers = headers;
        }

        /// <summary>What the fault does.</summary>
        public FaultKind Kind { get; }

        /// <summary>The status served by a <see cref="FaultKind.FixedResponse"/> fault (200 for the other kinds).</summary>
        public int StatusCode { get; }

        /// <summary>The body of a <see cref="FaultKind.FixedResponse"/> fault; null for an empty body.</summary>
        public string? Body { get; }

        /// <summary>The <c>Content-Type</c> of a <see cref="FaultKind.FixedResponse"/> fault; null to send none.</summary>
        public string? ContentType { get; }

        /// <summary>How long the simulator waits before answering.</summary>
        public TimeSpan Delay { get; }

        /// <summary>Extra response headers, such as <c>Retry-After</c>.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

        /// <summary>Answers with the given status, body and content type.</summary>
        /// <param name="statusCode">The HTTP status code.</param>
        /// <param name="body">The body, or null for none.</param>
        /// <param name="contentType">The content type; null sends no <c>Content-Type</c>.</param>
        /// <returns>The fault.</returns>
        public static SimulatedFault Status(int statusCode, string? body = null, string? contentType = Json) =>
            new(FaultKind.FixedResponse, statusCode, body, body is null ? null : contentType, TimeSpan.Zero, Array.Empty<KeyValuePair<string, string>>());

        /// <summary>Answers with a gateway's HTML error page (by default a 502), as Letta Cloud's edge can.</summary>
        /// <param name="statusCode">The HTTP status code.</param>
        /// <returns>The fault.</returns>
        public static SimulatedFault HtmlError(int statusCode = 502) =>
            Status(
                statusCode,
                $"<html>\r\n<head><title>{statusCode} Bad Gateway</title></head>\r\n<body>\r\n<center><h1>{statusCode} Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n",
                "text/html");

        /// <summary>The server's answer to a locked database: 409 with <c>Retry-After: 1</c>.</summary>
        /// <returns>The fault.</returns>
        public static SimulatedFault DatabaseLocked() =>
            Status(409, "{\"detail\":\"Database is locked. Please retry the request.\"}").WithHeader("Retry-After", "1");

        /// <summary>The server's answer to a database error: 500 <c>{"detail":"A database error occurred."}</c>.</summary>
        /// <returns>The fault.</returns>
        public static SimulatedFault DatabaseError() => Status(500, "{\"detail\":\"A database error occurred.\"}");

        /// <summary>The server's answer to an unhandled error: 500 <c>{"detail":"An unknown error occurred"}</c>.</summary>
        /// <returns>The fault.</returns>
        public static SimulatedFault UnknownError() => Status(500, "{\"detail\":\"An unknown error occurred\"}");

        /// <summary>A 503 with an empty body, as for a database timeout or an overloaded gateway.</summary>
        /// <returns>The fault.</returns>
        public static SimulatedFault ServiceUnavailable() => Status(503);

        /// <summary>A 429 rate-limit answer.</summary>
        /// <returns>The fault.</returns>
        public static SimulatedFault RateLimited() => Status(429, "{\"detail\":\"Rate limit exceeded\"}");

        /// <summary>Serves the normal response after <paramref name="delay"/>: for timeout tests.</summary>
        /// <param name="delay">How long to wait.</param>
        /// <returns>The fault.</returns>
        public static SimulatedFault Slow(TimeSpan delay) =>
            new(FaultKind.DelayOnly, 200, null, null, delay, Array.Empty<KeyValuePair<string, string>>());

        /// <summary>A 200 whose body is malformed JSON: <c>[{"id":</c>.</summary>
        /// <returns>The fault.</returns>
        public static SimulatedFault MalformedJson() => Status(200, "[{\"id\":");

        /// <summary>A 200 whose body is the JSON literal <c>null</c>.</summary>
        /// <returns>The fault.</returns>
        public static SimulatedFault NullBody() => Status(200, "null");

        /// <summary>A 200 with an empty body and no content type.</summary>
        /// <returns>The fault.</returns>
        public static SimulatedFault EmptyBody() => Status(200);

        /// <summary>A 200 whose body is the normal page cut in the middle: valid HTTP, invalid JSON.</summary>
        /// <returns>The fault.</returns>
        public static SimulatedFault TruncatedPage() =>
            new(FaultKind.TruncatedPage, 200, null, Json, TimeSpan.Zero, Array.Empty<KeyValuePair<string, string>>());

        /// <summary>A 200 whose body wraps the normal page in an object instead of the bare array the server sends.</summary>
        /// <returns>The fault.</returns>
        public static SimulatedFault ObjectInsteadOfArray() =>
            new(FaultKind.ObjectInsteadOfArray, 200, null, Json, TimeSpan.Zero, Array.Empty<KeyValuePair<string, string>>());

        /// <summary>Adds a response header.</summary>
        /// <param name="name">The header name.</param>
        /// <param name="value">The header value.</param>
        /// <returns>A copy with the header.</returns>
        public SimulatedFault WithHeader(string name, string value)
        {
            if (string.IsNullOrEmpty(name))
            {
                throw new ArgumentException("A header name is required.", nameof(name));
            }

            var headers = Headers.Append(new KeyValuePair<string, string>(name, value ?? string.Empty)).ToArray();
            return new SimulatedFault(Kind, StatusCode, Body, ContentType, Delay, headers);
        }

        /// <summary>Adds <c>Retry-After</c> in whole seconds (rounded up).</summary>
        /// <param name="delay">The delay to announce.</param>
        /// <returns>A copy with the header.</returns>
        public SimulatedFault WithRetryAfter(TimeSpan delay) =>
            WithHeader("Retry-After", ((long)Math.Ceiling(delay.TotalSeconds)).ToString(CultureInfo.InvariantCulture));

        /// <summary>Adds <c>Retry-After</c> as an HTTP date (RFC 1123, GMT).</summary>
        /// <param name="when">The moment to announce.</param>
        /// <returns>A copy with the header.</returns>
        public SimulatedFault WithRetryAfter(DateTimeOffset when) =>
            WithHeader("Retry-After", when.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture));

        /// <summary>Adds the SDKs' <c>retry-after-ms</c> header.</summary>
        /// <param name="milliseconds">The delay in milliseconds.</param>
        /// <returns>A copy with the header.</returns>
        public SimulatedFault WithRetryAfterMilliseconds(long milliseconds) =>
            WithHeader("retry-after-ms", milliseconds.ToString(CultureInfo.InvariantCulture));

        /// <summary>Adds <c>x-should-retry: true|false</c>, which overrides the SDKs' retry decision.</summary>
        /// <param name="shouldRetry">The value to send.</param>
        /// <returns>A copy with the header.</returns>
        public SimulatedFault WithShouldRetry(bool shouldRetry) => WithHeader("x-should-retry", shouldRetry ? "true" : "false");

        /// <summary>Waits <paramref name="delay"/> before answering with this fault.</summary>
        /// <param name="delay">How long to wait.</param>
        /// <returns>A copy with the delay.</returns>
        public SimulatedFault WithDelay(TimeSpan delay)
        {
            if (delay < TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(delay), "A delay cannot be negative.");
            }

            return new SimulatedFault(Kind, StatusCode, Body, ContentType, delay, Headers);
        }

        /// <inheritdoc />
        public override string ToString() => $"{Kind} {StatusCode} (delay {Delay})";
    }
}
