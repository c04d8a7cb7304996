using System;
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;

namespace Letta.Generated.SpecTool
{
    /// <summary>
    /// Maintainer commands for the OpenAPI files:
    /// <c>refresh-upstream &lt;path-or-url&gt; [--note text]</c> re-pins openapi/upstream/list-batches.openapi.json from a
    /// full upstream document; <c>drift</c> prints how the fragment differs from that copy beyond what openapi/deviations.json
    /// declares.
    /// </summary>
    internal static class Program
    {
        private const string Usage =
            "usage:\n" +
            "  refresh-upstream <path-or-url> [--note <text>]   re-pin openapi/upstream/list-batches.openapi.json\n" +
            "  drift                                          compare the fragment with the pinned copy";

        public static async Task<int> Main(string[] args)
        {
            try
            {
                var root = RepositoryLayout.FindRoot(Directory.GetCurrentDirectory());
                switch (args.Length > 0 ? args[0] : string.Empty)
                {
                    case "refresh-upstream" when args.Length is 2 or 4 && (args.Length == 2 || args[2] == "--note"):
                        return await RefreshAsync(root, args[1], args.Length == 4 ? args[3] : null).ConfigureAwait(false);
                    case "drift" when args.Length == 1:
                        return Drift(root);
                    default:
                        Console.Error.WriteLine(Usage);
                        return 2;
                }
            }
            catch (Exception ex) when (ex is InvalidOperationException or IOException or HttpRequestException or Newtonsoft.Json.JsonException)
            {
                Console.Error.WriteLine("error: " + ex.Message);
                return 1;
            }
        }

        private static async Task<int> RefreshAsync(string root, string source, string? note)
        {
            string json;
            if (Uri.TryCreate(source, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                using var http = new HttpClient();
                json = await http.GetStringAsync(uri).ConfigureAwait(false);
            }
            else
            {
                json = await File.ReadAllTextAsync(source).ConfigureAwait(false);
            }

            var extracted = UpstreamExtractor.Extract(JsonFiles.Parse(json), source, DateTimeOffset.UtcNow, note);
            var target = RepositoryLayout.Upstream(root);
            JsonFiles.Write(target, extracted);
            Console.WriteLine($"wrote {target}; now run the drift check: dotnet test tests/Letta.Generated.ContractTests --filter UpstreamDrift");
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
