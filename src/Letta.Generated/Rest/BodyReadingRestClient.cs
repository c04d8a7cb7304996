using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;

namespace Letta.Generated
{
    /// <summary>
    /// The generated client with the one behaviour NSwag cannot be configured for: how bodies are read.
    /// A success body is deserialized straight from the stream (never copied into a string) while its
    /// first bytes are kept, so a body that is not the expected JSON is reported with an excerpt. An
    /// error body is read as text (already cut by <see cref="TruncatingContent"/>) so the exception carries it.
    /// </summary>
    internal sealed class BodyReadingRestClient : LettaRestClient
    {
        private const int ExcerptBytes = 2048;
        private static readonly JsonSerializer Serializer = JsonSerializer.Create(LettaJson.CreateSettings());

        public BodyReadingRestClient(HttpClient httpClient, LettaRequestHeaders requestHeaders)
            : base(httpClient)
        {
            RequestHeaders = requestHeaders;
        }

        protected override async Task<ObjectResponseResult<T>> ReadObjectResponseAsync<T>(
            HttpResponseMessage response,
            IReadOnlyDictionary<string, IEnumerable<string>> headers,
            CancellationToken cancellationToken)
        {
            var status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                var text = await ContentReading.ReadStringAsync(response.Content, cancellationToken).ConfigureAwait(false);
                throw new LettaRestException("HTTP " + status, status, text, headers, null);
            }

            var stream = await ContentReading.ReadStreamAsync(response.Content, cancellationToken).ConfigureAwait(false);
            using var recording = new ExcerptRecordingStream(stream, ExcerptBytes);
            using var textReader = new StreamReader(recording, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 16 * 1024);
            using var jsonReader = new JsonTextReader(textReader) { CloseInput = true };
            try
            {
                var body = Serializer.Deserialize<T>(jsonReader);
                if (body is null)
                {
                    throw new JsonSerializationException("The body is empty or JSON null where " + typeof(T).Name + " was expected.");
                }
                if (jsonReader.Read())
                {
                    throw new JsonReaderException("Unexpected content after the JSON value at position " + jsonReader.LinePosition + ".");
                }
                return new ObjectResponseResult<T>(body, string.Empty);
            }
            catch (JsonException exception)
            {
                throw new LettaRestException("Malformed body", status, recording.Excerpt, headers, exception) { IsMalformedBody = true };
            }
        }
    }
}
