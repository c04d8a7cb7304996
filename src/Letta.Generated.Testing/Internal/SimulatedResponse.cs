using System.Collections.Generic;

namespace Letta.Generated.Testing.Internal
{
    /// <summary>A response before it is handed to WireMock.</summary>
    internal sealed record SimulatedResponse(int StatusCode, string? Body, string? ContentType)
    {
        public List<KeyValuePair<string, string>> Headers { get; } = new();

        public static SimulatedResponse Json(int statusCode, string body) => new(statusCode, body, "application/json");
    }
}
