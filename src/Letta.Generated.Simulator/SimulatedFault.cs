using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Letta.Generated.Simulator.Internal.Bodies;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Letta.Generated.Simulator
{
    /// <summary>
    /// A fault for the next request, queued with <see cref="FaultQueue.Enqueue(SimulatedFault[])"/>. A fault is
    /// one-shot (the default: it hits one request) or sticky (<see cref="AsSticky"/>: it hits every request from the
    /// one that reaches it on). Faults play the gateway in front of the server, so they apply before authentication
    /// and validation. Instances are immutable: the <c>With…</c> and <c>As…</c> methods return copies.
    /// </summary>
    public sealed class SimulatedFault
    {
        private const string Json = "application/json";

        private SimulatedFault(FaultKind kind, int statusCode = 200, string? body = null, string? contentType = null)
        {
            Kind = kind;
            StatusCode = statusCode;
            Body = body;
            ContentType = contentType;
        }

        /// <summary>What the fault does.</summary>
        public FaultKind Kind { get; }

        /// <summary>The status served by a <see cref="FaultKind.FixedResponse"/> fault (200 for the other kinds).</summary>
        public int StatusCode { get; }

        /// <summary>The body of a <see cref="FaultKind.FixedResponse"/> fault; null for an empty body.</summary>
        public string? Body { get; }

        /// <summary>The <c>Content-Type</c> of a <see cref="FaultKind.FixedResponse"/> fault; null to send none.</summary>
        public string? ContentType { get; }

        /// <summary>How long the simulator waits before answering, on <see cref="LettaSimulatorOptions.TimeProvider"/>.</summary>
        public TimeSpan Delay { get; private set; }

        /// <summary>
        /// Extra response headers, such as <c>Retry-After</c>: sent exactly as given (not validated), each replacing a
        /// header of the same name the answer would otherwise carry.
        /// </summary>
        public IReadOnlyList<KeyValuePair<string, string>> Headers { get; private set; } = Array.Empty<KeyValuePair<string, string>>();

        /// <summary>
        /// True when the fault stays in force once reached: it answers every later request too, until
        /// <see cref="FaultQueue.Clear"/>. False (the default) for a one-shot fault.
        /// </summary>
        public bool IsSticky { get; private set; }

        // Parameters of the newer kinds; which ones apply depends on Kind (see the factories).
        internal long ByteCount { get; private set; }

        internal TimeSpan Interval { get; private set; }

        internal int MaxItems { get; private set; }

        internal string? Field { get; private set; }

        internal string? RawJson { get; private set; }

        internal byte[]? BodyBytes { get; private set; }

        /// <summary>Answers with the given status, body and content type.</summary>
        /// <param name="statusCode">The HTTP status code.</param>
        /// <param name="body">The body, or null for none.</param>
        /// <param name="contentType">The content type; null sends no <c>Content-Type</c>.</param>
        /// <returns>The fault.</returns>
        public static SimulatedFault Status(int statusCode, string? body = null, string? contentType = Json) =>
            new(FaultKind.FixedResponse, statusCode, body, body is null ? null : contentType);

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
        /// <param name="delay">How long to wait, on <see cref="LettaSimulatorOptions.TimeProvider"/>.</param>
        /// <returns>The fault.</returns>
        public static SimulatedFault Slow(TimeSpan delay) => new SimulatedFault(FaultKind.DelayOnly).WithDelay(delay);

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
        public static SimulatedFault TruncatedPage() => new(FaultKind.TruncatedPage, contentType: Json);

        /// <summary>A 200 whose body wraps the normal page in an object instead of the bare array the server sends.</summary>
        /// <returns>The fault.</returns>
        public static SimulatedFault ObjectInsteadOfArray() => new(FaultKind.ObjectInsteadOfArray, contentType: Json);

        /// <summary>
        /// Sends the normal response's status and headers at once, then the first <paramref name="afterBytes"/> bytes of
        /// its body, then nothing: the body never completes until the request is cancelled (or the simulator disposed).
        /// For read timeouts that start after the headers.
        /// </summary>
        /// <param name="afterBytes">How many body bytes are sent before the stall; 0 (the default) stalls right after the headers.</param>
        /// <returns>The fault.</returns>
        public static SimulatedFault StalledBody(long afterBytes = 0) =>
            new(FaultKind.StalledBody) { ByteCount = NotNegative(afterBytes, nameof(afterBytes)) };

        /// <summary>
        /// Sends the normal response's status and headers at once, then its body <paramref name="bytesPerDrip"/> bytes at
        /// a time, one drip every <paramref name="interval"/> of <see cref="LettaSimulatorOptions.TimeProvider"/>
        /// (the first drip one interval after the headers). A fake time provider drives it without waiting.
        /// </summary>
        /// <param name="bytesPerDrip">How many bytes each drip carries (at least 1).</param>
        /// <param name="interval">The time between drips (more than zero).</param>
        /// <returns>The fault.</returns>
        public static SimulatedFault DrippingBody(int bytesPerDrip, TimeSpan interval)
        {
            if (bytesPerDrip < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(bytesPerDrip), "A drip carries at least one byte.");
            }

            if (interval <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(interval), "The interval must be more than zero.");
            }

            return new SimulatedFault(FaultKind.DrippingBody) { ByteCount = bytesPerDrip, Interval = interval };
        }

        /// <summary>
        /// Sends the normal response's status and headers, then <paramref name="afterBytes"/> bytes of its body (all of
        /// it, if shorter), then drops the connection: reading the body fails with an <see cref="System.IO.IOException"/>.
        /// </summary>
        /// <param name="afterBytes">How many body bytes arrive before the reset.</param>
        /// <returns>The fault.</returns>
        public static SimulatedFault ConnectionReset(long afterBytes) =>
            new(FaultKind.ConnectionReset) { ByteCount = NotNegative(afterBytes, nameof(afterBytes)) };

        /// <summary>
        /// A 200 whose body is a valid JSON array of exactly <paramref name="sizeInBytes"/> bytes: generated, realistic
        /// batches (not the stored ones, and whatever <c>limit</c> asked) in the requested order, padded with whitespace.
        /// The body is produced while it is read and never held in memory, so it can be far larger than RAM.
        /// </summary>
        /// <param name="sizeInBytes">The exact body size (at least 2, for <c>[]</c>).</param>
        /// <returns>The fault.</returns>
        public static SimulatedFault OversizedPage(long sizeInBytes)
        {
            if (sizeInBytes < 2)
            {
                throw new ArgumentOutOfRangeException(nameof(sizeInBytes), "The smallest JSON array, [], is 2 bytes.");
            }

            return new SimulatedFault(FaultKind.OversizedPage, contentType: Json) { ByteCount = sizeInBytes };
        }

        /// <summary>
        /// Answers normally, except that a page holds at most <paramref name="maxItems"/> batches whatever
        /// <c>limit</c> asks (<c>limit=0</c> included): a Letta Cloud that caps page size. Usually made sticky
        /// (<see cref="AsSticky"/>), as a real cap would be.
        /// </summary>
        /// <param name="maxItems">The largest page (at least 1).</param>
        /// <returns>The fault.</returns>
        public static SimulatedFault PageCap(int maxItems)
        {
            if (maxItems < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(maxItems), "A page cap is at least 1.");
            }

            return new SimulatedFault(FaultKind.PageCap) { MaxItems = maxItems };
        }

        /// <summary>A redirect: <paramref name="statusCode"/> (307 by default) with <c>Location: <paramref name="location"/></c> and no body.</summary>
        /// <param name="location">The <c>Location</c> header, sent as given (absolute or relative).</param>
        /// <param name="statusCode">A 3xx status.</param>
        /// <returns>The fault.</returns>
        public static SimulatedFault Redirect(string location, int statusCode = 307)
        {
            if (string.IsNullOrEmpty(location))
            {
                throw new ArgumentException("A redirect needs a Location.", nameof(location));
            }

            if (statusCode < 300 || statusCode > 399)
            {
                throw new ArgumentOutOfRangeException(nameof(statusCode), "A redirect status is 3xx.");
            }

            return Status(statusCode).WithHeader("Location", location);
        }

        /// <summary>
        /// Serves the normal response with one more header, sent exactly as given (not validated, so values such as
        /// <c>Retry-After: 1e300</c> reach the client), replacing a header of the same name the answer would carry.
        /// </summary>
        /// <param name="name">The header name.</param>
        /// <param name="value">The raw header value.</param>
        /// <returns>The fault.</returns>
        public static SimulatedFault RawHeader(string name, string value) => new SimulatedFault(FaultKind.ExtraHeaders).WithHeader(name, value);

        /// <summary>
        /// A 200 with <c>Content-Type: application/json</c>, <c>Content-Encoding: gzip</c> and a body that starts as gzip
        /// but holds an invalid deflate block, so any gzip decoder fails on it.
        /// </summary>
        /// <returns>The fault.</returns>
        public static SimulatedFault CorruptGzip() =>
            new SimulatedFault(FaultKind.CorruptGzipBody, contentType: Json) { BodyBytes = CorruptGzipBody.Bytes }.WithHeader("Content-Encoding", "gzip");

        /// <summary>
        /// Serves the normal page with <paramref name="field"/> of every batch set to <paramref name="rawJsonValue"/> (added
        /// if the batch lacks it): a 200 that is valid JSON but breaks the schema, such as a <c>created_at</c> that is not
        /// a date. An empty page stays empty.
        /// </summary>
        /// <param name="field">The JSON field name, such as <c>created_at</c>.</param>
        /// <param name="rawJsonValue">The JSON value written verbatim, such as <c>"\"yesterday\""</c>, <c>12.5</c> or <c>{}</c>.</param>
        /// <returns>The fault.</returns>
        public static SimulatedFault MalformedField(string field, string rawJsonValue)
        {
            if (string.IsNullOrEmpty(field))
            {
                throw new ArgumentException("A field name is required.", nameof(field));
            }

            return new SimulatedFault(FaultKind.MalformedField, contentType: Json) { Field = field, RawJson = CompactJson(rawJsonValue) };
        }

        /// <summary>
        /// Adds a response header, sent exactly as given (not validated); it replaces a header of the same name the
        /// answer would otherwise carry. Adding the same name twice sends both values.
        /// </summary>
        /// <param name="name">The header name.</param>
        /// <param name="value">The header value.</param>
        /// <returns>A copy with the header.</returns>
        public SimulatedFault WithHeader(string name, string value)
        {
            if (string.IsNullOrEmpty(name))
            {
                throw new ArgumentException("A header name is required.", nameof(name));
            }

            var copy = Copy();
            copy.Headers = Headers.Append(new KeyValuePair<string, string>(name, value ?? string.Empty)).ToArray();
            return copy;
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

        /// <summary>Waits <paramref name="delay"/> (on <see cref="LettaSimulatorOptions.TimeProvider"/>) before answering with this fault.</summary>
        /// <param name="delay">How long to wait.</param>
        /// <returns>A copy with the delay.</returns>
        public SimulatedFault WithDelay(TimeSpan delay)
        {
            if (delay < TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(delay), "A delay cannot be negative.");
            }

            var copy = Copy();
            copy.Delay = delay;
            return copy;
        }

        /// <summary>
        /// A sticky copy: once the queue reaches it, it answers that request and every later one, until
        /// <see cref="FaultQueue.Clear"/>. Faults queued behind a sticky fault are never reached.
        /// </summary>
        /// <returns>A sticky copy of this fault.</returns>
        public SimulatedFault AsSticky()
        {
            var copy = Copy();
            copy.IsSticky = true;
            return copy;
        }

        /// <inheritdoc />
        public override string ToString() => $"{Kind} {StatusCode} (delay {Delay}){(IsSticky ? " sticky" : string.Empty)}";

        private static long NotNegative(long value, string name) =>
            value >= 0 ? value : throw new ArgumentOutOfRangeException(name, "A byte count cannot be negative.");

        // Parsing up front rejects text that is not JSON at all: that would be a different fault (MalformedJson).
        private static string CompactJson(string rawJsonValue)
        {
            if (rawJsonValue is null)
            {
                throw new ArgumentNullException(nameof(rawJsonValue));
            }

            try
            {
                using var reader = new JsonTextReader(new System.IO.StringReader(rawJsonValue)) { DateParseHandling = DateParseHandling.None };
                var token = JToken.ReadFrom(reader);
                if (reader.Read())
                {
                    throw new JsonReaderException("More than one JSON value.");
                }

                return token.ToString(Formatting.None);
            }
            catch (JsonReaderException exception)
            {
                throw new ArgumentException("The value must be one JSON value, such as \"\\\"yesterday\\\"\" or 12.5.", nameof(rawJsonValue), exception);
            }
        }

        private SimulatedFault Copy() => (SimulatedFault)MemberwiseClone();
    }
}
