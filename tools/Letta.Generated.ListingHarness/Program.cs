using System;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Letta.Generated;
using Newtonsoft.Json;

namespace Letta.Generated.ListingHarness
{
    /// <summary>
    /// Lists every batch with <see cref="LettaClient.ListAllBatchesAsync"/> and writes them to stdout, one
    /// JSON object per line (<c>--format jsonl</c>) or only their number (<c>--format count</c>). The same
    /// arguments as the Letta.Generated CLI, so scripts can use either.
    /// Usage: Letta.Generated.ListingHarness --base-url URL [--format jsonl|count] [--page-size N] [--order desc|asc]
    /// </summary>
    public static class Program
    {
        public static async Task<int> Main(string[] args)
        {
            string? baseUrl = null;
            var format = "jsonl";
            var pageSize = 1000;
            var order = SortOrder.Desc;
            for (var i = 0; i < args.Length; i++)
            {
                var value = i + 1 < args.Length ? args[i + 1] : null;
                switch (args[i])
                {
                    case "--base-url" when value is not null: baseUrl = value; i++; break;
                    case "--format" when value is "jsonl" or "count": format = value; i++; break;
                    case "--page-size" when value is not null: pageSize = int.Parse(value, CultureInfo.InvariantCulture); i++; break;
                    case "--order" when value is "desc" or "asc": order = value == "asc" ? SortOrder.Asc : SortOrder.Desc; i++; break;
                    default:
                        Console.Error.WriteLine("usage: Letta.Generated.ListingHarness --base-url URL [--format jsonl|count] [--page-size N] [--order desc|asc]");
                        return 2;
                }
            }

            var options = new LettaClientOptions();
            if (baseUrl is not null) options.BaseUrl = new Uri(baseUrl);
            using var client = new LettaClient(options);
            var listing = client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = pageSize, Order = order });

            long count = 0;
            if (format == "count")
            {
                await foreach (var _ in listing) count++;
                Console.Out.WriteLine(count.ToString(CultureInfo.InvariantCulture));
                Report(count);
                return 0;
            }

            var serializer = JsonSerializer.Create(LettaJson.CreateSettings());
            using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 64 * 1024) { NewLine = "\n" };
            await foreach (var batch in listing)
            {
                using (var writer = new JsonTextWriter(stdout) { CloseOutput = false, Formatting = Formatting.None })
                {
                    serializer.Serialize(writer, batch);
                }
                stdout.WriteLine();
                count++;
            }
            await stdout.FlushAsync().ConfigureAwait(false);
            Report(count);
            return 0;
        }

        private static void Report(long count) =>
            Console.Error.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "{0} batches; GCs gen0/1/2: {1}/{2}/{3}; allocated {4:N0} B; heap {5:N0} B; peak working set {6:N0} B",
                count, GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalAllocatedBytes(),
                GC.GetGCMemoryInfo().HeapSizeBytes, System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64));
    }
}
