using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Letta.Generated
{
    // The generated client's hooks (nswag.json: generatePrepareRequestAndProcessResponseAsAsyncMethods,
    // generateUpdateJsonSerializerSettingsMethod): the headers of every request, the typed exception for
    // every error status, and the JSON settings every body is read with.
    public partial class LettaClient
    {
        static partial void UpdateJsonSerializerSettings(Newtonsoft.Json.JsonSerializerSettings settings) => LettaJson.Configure(settings);

        private Task PrepareRequestAsync(HttpClient client, HttpRequestMessage request, StringBuilder urlBuilder, CancellationToken cancellationToken) =>
            Task.CompletedTask;

        private Task PrepareRequestAsync(HttpClient client, HttpRequestMessage request, string url, CancellationToken cancellationToken)
        {
            _requestHeaders.ApplyTo(request);
            return Task.CompletedTask;
        }

        /// <summary>
        /// Runs before the generated status branches: an error status becomes its typed exception here, the response
        /// read once (body already bounded by the pipeline, headers and body redacted, Letta's detail parsed).
        /// </summary>
        private async Task ProcessResponseAsync(HttpClient client, HttpResponseMessage response, CancellationToken cancellationToken)
        {
            if (response.IsSuccessStatusCode) return;
            var error = await ErrorResponse.ReadAsync(response, _redactor, cancellationToken).ConfigureAwait(false);
            throw ErrorStatusMapping.Create(error, RequestCursor.Of(response.RequestMessage) is { } cursor ? _redactor.Redact(cursor) : null);
        }
    }
}
