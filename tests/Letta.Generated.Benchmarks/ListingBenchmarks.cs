using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Newtonsoft.Json;

namespace Letta.Generated.Benchmarks
{
    /// <summary>
    /// Listing 10 pages × 1000 realistic batches: (a) the whole client path against (b) the floor,
    /// Newtonsoft.Json reading the same page bytes straight into <c>List&lt;BatchJob&gt;</c>.
    /// Figures are per batch (OperationsPerInvoke = batches per invocation).
    /// </summary>
    [Config(typeof(Config))]
    [MemoryDiagnoser]
    public class ListingBenchmarks
    {
        public const int PageSize = 1000;
        public const int Pages = 10;
        public const int Batches = PageSize * Pages;

        private InMemoryLettaHandler _handler = null!;
        private HttpClient _httpClient = null!;
        private LettaClient _client = null!;
        private byte[][] _pageBytes = null!;
        private JsonSerializer _serializer = null!;

        private sealed class Config : ManualConfig
        {
            public Config()
            {
                // Short (about a minute per benchmark on 2 cores), but more iterations than ShortRun's 3: the ratio
                // needs a tighter interval, and a shared 2-core machine is noisy.
                AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(5).WithIterationCount(15).WithId("Short15"));
                AddColumn(StatisticColumn.OperationsPerSecond);
                SummaryStyle = BenchmarkDotNet.Reports.SummaryStyle.Default.WithMaxParameterColumnWidth(40);
            }
        }

        [GlobalSetup]
        public void Setup()
        {
            _handler = new InMemoryLettaHandler(Batches);
            _httpClient = new HttpClient(_handler);
            _client = new LettaClient(_httpClient, new LettaClientOptions(_ => null) { BaseUrl = new System.Uri("http://letta.invalid/"), MaxRetries = 2 });
            _serializer = JsonSerializer.Create(LettaJson.CreateSettings());

            // The desc listing's pages, newest first: the bytes the client path is served.
            _pageBytes = new byte[Pages][];
            for (var i = 0; i < Pages; i++)
            {
                _pageBytes[i] = _handler.PageBytes(Batches - PageSize * (i + 1), PageSize, ascending: false);
            }

            // Sanity: the client sees exactly the batches, and the handler serves those same bytes.
            var seen = ClientListing().GetAwaiter().GetResult();
            var floor = Floor();
            if (seen != Batches || floor != Batches)
            {
                throw new System.InvalidOperationException("Expected " + Batches + " batches; the client listed " + seen + " and the floor read " + floor + ".");
            }
        }

        [GlobalCleanup]
        public void Cleanup()
        {
            _client.Dispose();
            _httpClient.Dispose();
        }

        /// <summary>(a) LettaClient → HttpClient → in-memory handler: request building, retry pipeline, deserialization, pagination checks.</summary>
        [Benchmark(OperationsPerInvoke = Batches, Description = "(a) client: ListAllBatchesAsync, 10 x 1000")]
        public Task<int> ClientListing() => ListAsync();

        /// <summary>(b) The floor: Newtonsoft.Json reading the same bytes from a MemoryStream.</summary>
        [Benchmark(Baseline = true, OperationsPerInvoke = Batches, Description = "(b) floor: Newtonsoft into List<BatchJob>")]
        public int Floor()
        {
            var count = 0;
            foreach (var bytes in _pageBytes)
            {
                using var stream = new MemoryStream(bytes, writable: false);
                using var text = new StreamReader(stream, Encoding.UTF8);
                using var json = new JsonTextReader(text);
                count += _serializer.Deserialize<List<BatchJob>>(json)!.Count;
            }
            return count;
        }

        private async Task<int> ListAsync()
        {
            var count = 0;
            await foreach (var batch in _client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = PageSize, Order = SortOrder.Desc }).ConfigureAwait(false))
            {
                count++;
            }
            return count;
        }
    }
}
