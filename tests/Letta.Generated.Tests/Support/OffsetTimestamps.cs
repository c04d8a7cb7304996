using System;
using System.Globalization;
using System.Net.Http;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace Letta.Generated.Tests.Support
{
    /// <summary>
    /// Rewrites every <c>created_at</c> of a page from <c>…Z</c> to the same instant at another offset (+02:00, -05:00,
    /// +05:30, -09:30, +14:00, -12:00 or Z, one after the other), so local times disagree with the server's order while
    /// the instants keep it: a pager that compares local times instead of instants breaks.
    /// </summary>
    internal sealed class OffsetTimestamps : DelegatingHandler
    {
        private static readonly TimeSpan[] Offsets =
        {
            TimeSpan.FromHours(2), TimeSpan.FromHours(-5), new TimeSpan(5, 30, 0), new TimeSpan(-9, -30, 0), TimeSpan.FromHours(14), TimeSpan.FromHours(-12), TimeSpan.Zero,
        };

        private static readonly Regex CreatedAt = new Regex("\"created_at\":\"([0-9T:.-]+)Z\"", RegexOptions.CultureInvariant);

        public OffsetTimestamps(HttpMessageHandler inner)
            : base(inner)
        {
        }

        /// <summary>The same instant as <paramref name="utc"/>, written at <paramref name="offset"/> with six fraction digits.</summary>
        public static string At(DateTime utc, TimeSpan offset) =>
            new DateTimeOffset(utc, TimeSpan.Zero).ToOffset(offset).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode) return response;
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var next = 0;
            var rewritten = CreatedAt.Replace(body, match =>
            {
                var utc = DateTime.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
                return "\"created_at\":\"" + At(utc, Offsets[next++ % Offsets.Length]) + "\"";
            });
            var media = response.Content.Headers.ContentType?.MediaType ?? "application/json";
            response.Content.Dispose();
            response.Content = new StringContent(rewritten, Encoding.UTF8, media);
            return response;
        }
    }
}
