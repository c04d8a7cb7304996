using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Letta.Generated.Simulator.Internal
{
    /// <summary>
    /// An answer while the pipeline is still shaping it (faults may change its headers and wrap its body), before it
    /// becomes the public <see cref="SimulatedResponse"/>.
    /// </summary>
    internal sealed class Answer
    {
        private static readonly Encoding Utf8 = new UTF8Encoding(false);

        public Answer(int statusCode, string? contentType, Stream? body, bool isStreamed = false)
        {
            StatusCode = statusCode;
            ContentType = contentType;
            Body = body;
            IsStreamed = isStreamed;
        }

        public int StatusCode { get; }

        public string? ContentType { get; }

        /// <summary>The body, or null for none.</summary>
        public Stream? Body { get; set; }

        /// <summary>True when the body is produced while read (see <see cref="SimulatedResponse.IsBodyStreamed"/>).</summary>
        public bool IsStreamed { get; set; }

        public List<KeyValuePair<string, string>> Headers { get; } = new();

        public static Answer Json(int statusCode, string body) => Text(statusCode, body, "application/json");

        public static Answer Text(int statusCode, string? body, string? contentType) =>
            new(statusCode, contentType, body is null ? null : new MemoryStream(Utf8.GetBytes(body), writable: false));

        public static Answer Bytes(int statusCode, byte[] body, string? contentType) =>
            new(statusCode, contentType, new MemoryStream(body, writable: false));
    }
}
