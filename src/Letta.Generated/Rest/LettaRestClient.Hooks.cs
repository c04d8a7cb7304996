using System.Net.Http;

namespace Letta.Generated
{
    /// <summary>Hooks into the generated client: the headers of every request, and bounded error bodies.</summary>
    internal partial class LettaRestClient
    {
        /// <summary>Set once by the owner before the first request.</summary>
        internal LettaRequestHeaders? RequestHeaders { get; set; }

        partial void PrepareRequest(HttpClient client, HttpRequestMessage request, string url)
        {
            RequestHeaders?.ApplyTo(request, RetryAttempt.Current);
        }

        partial void ProcessResponse(HttpClient client, HttpResponseMessage response)
        {
            if (!response.IsSuccessStatusCode && response.Content is not null)
            {
                response.Content = new TruncatingContent(response.Content);
            }
        }
    }
}
