using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Letta.Generated.SpecTool
{
    /// <summary>
    /// Maintainer commands for the OpenAPI files:
    /// <c>refresh-upstream</c> re-pins openapi/upstream/list-batches.openapi.json from upstream's full document (see
    /// <see cref="UpstreamRefresh"/>); <c>drift</c> prints how the fragment differs from that copy beyond what
    /// openapi/deviations.json declares.
    /// </summary>
    internal static class Program
    {
        private static readonly TimeSpan DownloadTimeout = TimeSpan.FromSeconds(60);

        private static readonly string Usage =
            "usage:\n" +
            "  " + UpstreamRefresh.Usage + "\n" +
            "      re-pin openapi/upstream/list-batches.openapi.json from upstream's full OpenAPI document: a raw GitHub URL\n" +
            "      at a commit, or a local file (--commit: the letta-ai/letta commit it is a copy of)\n" +
            "  drift\n" +
            "      compare the fragment with the pinned copy and openapi/deviations.json";

        public static async Task<int> Main(string[] args)
        {
            try
            {
                var root = RepositoryLayout.FindRoot(Directory.GetCurrentDirectory());
                switch (args.Length > 0 ? args[0] : string.Empty)
                {
                    case "refresh-upstream":
                        return await RefreshAsync(root, UpstreamRefresh.Parse(args.Skip(1).ToList())).ConfigureAwait(false);
                    case "drift" when args.Length == 1:
                        return Drift(root);
                    default:
                        Console.Error.WriteLine(Usage);
                        return 2;
                }
            }
            catch (ArgumentException ex)
            {
                Console.Error.WriteLine("error: " + ex.Message);
                return 2;
            }
            catch (Exception ex) when (ex is InvalidOperationException or IOException or HttpRequestException or TaskCanceledException or Newtonsoft.Json.JsonException)
            {
                Console.Error.WriteLine("error: " + ex.Message);
                return 1;
            }
        }

        private static async Task<int> RefreshAsync(string root, RefreshRequest request)
        {
            using var http = new HttpClient { Timeout = DownloadTimeout };
            var result = await UpstreamRefresh.RunAsync(root, request, (uri, ct) => http.GetStringAsync(uri, ct), CancellationToken.None).ConfigureAwait(false);
            if (result.Hint is not null)
            {
                Console.Error.WriteLine("hint: " + result.Hint);
            }

            Console.WriteLine(result.Changed
                ? $"wrote {result.Target} (from {result.Origin}); now run the drift check: dotnet run --project tools/Letta.Generated.SpecTool -- drift"
                : $"{result.Target} is unchanged (from {result.Origin})");
            return 0;
        }

        private static int Drift(string root)
        {
            var report = DriftReport.Of(
                JsonFiles.Read(RepositoryLayout.Upstream(root)),
                JsonFiles.Read(RepositoryLayout.Fragment(root)),
                DeviationsFile.Load(JsonFiles.Read(RepositoryLayout.Deviations(root))));
            Console.WriteLine(report.Length == 0 ? "no undeclared drift: every difference is in openapi/deviations.json, and every entry there still holds" : report);
            return report.Length == 0 ? 0 : 1;
        }
    }
}
