using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Letta.Generated
{
    // How the generated client reads a success body (called from the template
    // openapi/templates/Client.Class.ReadObjectResponse.liquid). The pipeline has already read the body
    // into memory within its attempt, so deserializing never waits on the network; any body that is not the
    // declared JSON becomes one LettaResponseException that names the field and the reason.
    public partial class LettaClient
    {
        private const int ExcerptBytes = 2048;
        private const int MessageExcerptChars = 120;

        private async Task<T> ReadResponseBodyAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
        {
            if (response.Content is null) throw Malformed<T>(response, "the response has no body", null);
            if (_jsonBodies && typeof(T) == typeof(IReadOnlyList<BatchJob>) && response.Content is BufferedContent buffered)
            {
                return (T)(object)ReadJsonBatches<T>(response, buffered.Body);
            }

            if (LettaJsonModel<T>.Read is { } read)
            {
                return await ReadGeneratedAsync(response, read, cancellationToken).ConfigureAwait(false);
            }

            // Every body type of the spec is a generated model or a list of one, so this means a template did not run.
            throw Malformed<T>(response, "this client has no generated reader for " + typeof(T).Name + " (rebuild it from the fragment)", null);
        }

        /// <summary>
        /// Reads a body with the generated reader (straight-line code, no reflection): from the buffered bytes, with
        /// the library's depth limit; a failure names the item and field (<c>[3].created_at</c>).
        /// </summary>
        private async Task<T> ReadGeneratedAsync<T>(HttpResponseMessage response, ReadJsonValue<T> read, CancellationToken cancellationToken)
        {
            byte[] bytes;
            int length;
            if (response.Content is BufferedContent buffered)
            {
                length = (int)buffered.Body.Length;
                bytes = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
                buffered.Body.CopyTo(bytes);
            }
            else
            {
#if NET5_0_OR_GREATER
                var copy = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
#else
                var copy = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
#endif
                length = copy.Length;
                bytes = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
                copy.CopyTo(bytes, 0);
            }

            try
            {
                return ReadGenerated(response, new ReadOnlySpan<byte>(bytes, 0, length), read);
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(bytes);
            }
        }

        private T ReadGenerated<T>(HttpResponseMessage response, ReadOnlySpan<byte> body, ReadJsonValue<T> read)
        {
            var reader = new System.Text.Json.Utf8JsonReader(body, new System.Text.Json.JsonReaderOptions { MaxDepth = LettaJson.MaxDepth });
            try
            {
                if (!reader.Read() || reader.TokenType == System.Text.Json.JsonTokenType.Null) throw Malformed<T>(response, "the body is empty or JSON null", null);
                var result = read(ref reader, body);
                if (reader.Read()) throw Malformed<T>(response, "there is more after the JSON value (at byte " + reader.TokenStartIndex + ")", null);
                return result;
            }
            catch (Exception exception) when (exception is not LettaException && LettaJsonFields.IsValueFailure(exception))
            {
                var reason = exception is System.Text.Json.JsonException json ? LettaJsonFields.Describe(json) : exception.Message;
                throw Malformed<T>(response, reason, exception);
            }
        }

        /// <summary>The page in JSON form: each batch's bytes as sent, with only its id and creation time read, straight from the body's segments.</summary>
        private JsonBatchList ReadJsonBatches<T>(HttpResponseMessage response, BufferedBody body)
        {
            try
            {
                return new JsonBatchList(JsonBatchReader.Read(body.AsSequence()));
            }
            catch (FormatException exception)
            {
                throw Malformed<T>(response, exception.Message, exception);
            }
        }

        private LettaResponseException Malformed<T>(HttpResponseMessage response, string reason, Exception? inner)
        {
            var status = (int)response.StatusCode;
            var excerpt = response.Content is BufferedContent buffered ? Encoding.UTF8.GetString(buffered.Body.Head(ExcerptBytes)) : string.Empty;
            return new LettaResponseException(
                "Letta returned " + ErrorMessages.Status(status) + " but the body is not " + Describe(typeof(T)) + ": " + ErrorMessages.Excerpt(_redactor.Redact(reason))
                + "; body starts: " + ErrorMessages.Excerpt(_redactor.Redact(excerpt), MessageExcerptChars),
                ErrorResponse.Of(response, _redactor, _redactor.Redact(excerpt)),
                inner);
        }

        private static string Describe(Type type)
        {
            if (type.IsGenericType && typeof(System.Collections.IEnumerable).IsAssignableFrom(type))
            {
                return "a JSON array of " + type.GetGenericArguments()[0].Name;
            }

            return "a " + type.Name + " JSON object";
        }
    }
}
