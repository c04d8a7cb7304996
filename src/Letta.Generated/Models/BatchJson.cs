using System;
using System.Text;
using System.Text.Json;

namespace Letta.Generated
{
    /// <summary>
    /// A batch exactly as the server sent it: the JSON object's UTF-8 bytes, untouched (every field, nulls,
    /// unknown fields, timestamps as written), plus the two fields paging needs. What
    /// <see cref="ILettaClient.ListAllBatchesJsonAsync"/> yields, for archiving or forwarding batches without
    /// reading them into <see cref="BatchJob"/>, and fast.
    /// </summary>
    public sealed class BatchJson
    {
        /// <summary>Creates one (the listing does; tests and mocks may too).</summary>
        /// <param name="id">The batch's <c>id</c>.</param>
        /// <param name="createdAt">The batch's <c>created_at</c>, if it has one.</param>
        /// <param name="utf8Json">The JSON object's UTF-8 bytes.</param>
        public BatchJson(string id, DateTimeOffset? createdAt, ReadOnlyMemory<byte> utf8Json)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            CreatedAt = createdAt;
            Utf8Json = utf8Json;
        }

        /// <summary>The batch's <c>id</c>.</summary>
        public string Id { get; }

        /// <summary>The batch's <c>created_at</c> (a value without an offset is UTC), or null.</summary>
        public DateTimeOffset? CreatedAt { get; }

        /// <summary>The JSON object, byte for byte as the server sent it (UTF-8).</summary>
        public ReadOnlyMemory<byte> Utf8Json { get; }

        /// <summary>Reads the batch into the generated model, as <c>ListAllBatchesAsync</c> would have (the same generated reader).</summary>
        /// <returns>The batch.</returns>
        /// <exception cref="LettaResponseException">The JSON is not a valid batch; the message names the field.</exception>
        public BatchJob ToBatchJob()
        {
            var reader = new Utf8JsonReader(Utf8Json.Span, new JsonReaderOptions { MaxDepth = LettaJson.MaxDepth });
            try
            {
                if (!reader.Read()) throw new JsonException("the batch is empty");
                return BatchJob.ReadJson(ref reader, Utf8Json.Span);
            }
            catch (Exception exception) when (LettaJsonFields.IsValueFailure(exception))
            {
                var reason = exception is JsonException json ? LettaJsonFields.Describe(json) : exception.Message;
                throw new LettaResponseException(
                    "Batch '" + ErrorMessages.Excerpt(Id) + "' is not a valid BatchJob: " + ErrorMessages.Excerpt(reason),
                    200, ToString(), null, exception);
            }
        }

        /// <summary>The JSON as text.</summary>
        /// <returns>The JSON object as the server sent it.</returns>
        public override string ToString()
        {
#if NETSTANDARD2_0
            return Encoding.UTF8.GetString(Utf8Json.ToArray());
#else
            return Encoding.UTF8.GetString(Utf8Json.Span);
#endif
        }
    }
}
