using System.Net.Http;

namespace Letta.Generated
{
    /// <summary>
    /// How many times a request was retried, written by <see cref="RetryHandler"/> on the request message it was
    /// given (its options, before each attempt) and read back by the generated client into
    /// <c>LettaResponse.RetryCount</c>, from where the pager puts it on the page's span. The count travels
    /// with the message, never through ambient state, so concurrent requests (prefetch) cannot mix their counts.
    /// </summary>
    internal static class RequestRetries
    {
#if NET5_0_OR_GREATER
        private static readonly HttpRequestOptionsKey<int> Key = new HttpRequestOptionsKey<int>("Letta.Generated.RetryCount");

        public static void Set(HttpRequestMessage request, int retries) => request.Options.Set(Key, retries);

        public static int Of(HttpRequestMessage request) => request.Options.TryGetValue(Key, out var retries) ? retries : 0;
#else
        private const string Key = "Letta.Generated.RetryCount";

        public static void Set(HttpRequestMessage request, int retries) => request.Properties[Key] = retries;

        public static int Of(HttpRequestMessage request) => request.Properties.TryGetValue(Key, out var retries) && retries is int count ? count : 0;
#endif
    }
}
