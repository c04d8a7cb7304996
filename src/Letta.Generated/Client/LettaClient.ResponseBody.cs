using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;

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
        private static readonly ConditionalWeakTable<JsonSerializerSettings, JsonSerializer> Serializers = new ConditionalWeakTable<JsonSerializerSettings, JsonSerializer>();

        private async Task<T> ReadResponseBodyAsync<T>(HttpResponseMessage response, JsonSerializerSettings settings, CancellationToken cancellationToken)
        {
            if (response.Content is null) throw Malformed<T>(response, "the response has no body", null);
            if (_jsonBodies && typeof(T) == typeof(IReadOnlyList<BatchJob>) && response.Content is BufferedContent buffered)
            {
                return (T)(object)ReadJsonBatches<T>(response, buffered.Body);
            }

#if NET5_0_OR_GREATER
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
            var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
            using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 16 * 1024);
            using var reader = new JsonTextReader(text) { CloseInput = true };
            try
            {
                var body = (T?)Serializers.GetValue(settings, JsonSerializer.Create).Deserialize(reader, ReadAs<T>.Type);
                if (body is null) throw Malformed<T>(response, "the body is empty or JSON null", null);
                if (reader.Read()) throw Malformed<T>(response, "there is more after the JSON value (at line " + reader.LineNumber + ", position " + reader.LinePosition + ")", null);
                return body;
            }
            catch (JsonException exception)
            {
                throw Malformed<T>(response, exception.Message, exception);
            }
            catch (Exception exception) when (exception is FormatException || exception is InvalidCastException || exception is OverflowException || exception is ArgumentException)
            {
                // A converter's own error (a date that is not a date): Newtonsoft does not say where, the reader does.
                throw Malformed<T>(response, exception.Message + " Path '" + reader.Path + "'.", exception);
            }
        }

        /// <summary>The page in JSON form: each batch's bytes as sent, with only its id and creation time read.</summary>
        private JsonBatchList ReadJsonBatches<T>(HttpResponseMessage response, BufferedBody body)
        {
            var bytes = System.Buffers.ArrayPool<byte>.Shared.Rent((int)body.Length);
            try
            {
                body.CopyTo(bytes);
                return new JsonBatchList(JsonBatchReader.Read(new ReadOnlySpan<byte>(bytes, 0, (int)body.Length)));
            }
            catch (FormatException exception)
            {
                throw Malformed<T>(response, exception.Message, exception);
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(bytes);
            }
        }

        private LettaResponseException Malformed<T>(HttpResponseMessage response, string reason, Exception? inner)
        {
            var status = (int)response.StatusCode;
            var excerpt = response.Content is BufferedContent buffered ? Encoding.UTF8.GetString(buffered.Body.Head(ExcerptBytes)) : string.Empty;
            return new LettaResponseException(
                "Letta returned " + ErrorMessages.Status(status) + " but the body is not " + Describe(typeof(T)) + ": " + ErrorMessages.Excerpt(_redactor.Redact(reason))
                + "; body starts: " + ErrorMessages.Excerpt(_redactor.Redact(excerpt), MessageExcerptChars),
                status,
                _redactor.Redact(excerpt),
                ResponseHeaders.Of(response, _redactor),
                inner);
        }

        /// <summary>
        /// The type a body is read into: for the read-only list the spec's arrays are generated as, a
        /// List{T} (which is one): Newtonsoft reads an IReadOnlyList&lt;T&gt; a third slower.
        /// </summary>
        private static class ReadAs<T>
        {
            public static readonly Type Type = typeof(T).IsGenericType && typeof(T).GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
                ? typeof(List<>).MakeGenericType(typeof(T).GetGenericArguments())
                : typeof(T);
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
