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
    /// Listing 20 pages × 1000 realistic batches, per batch (OperationsPerInvoke = batches per invocation), on the same
    /// page bytes: (a) the typed listing (the whole client path: request, pipeline, generated readers, pager checks),
    /// (b) the JSON listing, (c) the baseline, plain Newtonsoft reflection into a hand-written POCO of the same fields,
    /// and (d) the tokenizing floor, System.Text.Json's <c>JsonDocument</c> over each page.
    /// </summary>
    [Config(typeof(Config))]
    [MemoryDiagnoser]
    public class ListingBenchmarks
    {
        public const int PageSize = 1000;
        public const int Pages = 20;
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
            _serializer = JsonSerializer.Create(new JsonSerializerSettings { DateParseHandling = DateParseHandling.None, MaxDepth = LettaJson.MaxDepth });

            // The desc listing's pages, newest first: the bytes the client path is served.
            _pageBytes = new byte[Pages][];
            for (var i = 0; i < Pages; i++)
            {
                _pageBytes[i] = _handler.PageBytes(Batches - PageSize * (i + 1), PageSize, ascending: false);
            }

            // Sanity: the client sees exactly the batches, and the handler serves those same bytes.
            var seen = ClientListing().GetAwaiter().GetResult();
            var floor = Floor();
            if (seen != Batches || floor != Batches || Tokens() != Batches || JsonListing().GetAwaiter().GetResult() != Batches)
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

        /// <summary>(a) LettaClient → HttpClient → in-memory handler: request building, retry pipeline, generated readers, pagination checks.</summary>
        [Benchmark(OperationsPerInvoke = Batches, Description = "(a) typed: ListAllBatchesAsync, 20 x 1000")]
        public Task<int> ClientListing() => ListAsync();

        /// <summary>(a2) The typed listing, reading every batch's metadata too (it is parsed on first use).</summary>
        [Benchmark(OperationsPerInvoke = Batches, Description = "(a2) typed, every metadata read")]
        public async Task<int> ClientListingWithMetadata()
        {
            var count = 0;
            await foreach (var batch in _client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = PageSize, Order = SortOrder.Desc }).ConfigureAwait(false))
            {
                count += batch.Metadata is { Count: >= 0 } ? 1 : 1;
            }
            return count;
        }

        /// <summary>(b) The same listing as the server's bytes per batch.</summary>
        [Benchmark(OperationsPerInvoke = Batches, Description = "(b) JSON: ListAllBatchesJsonAsync, 20 x 1000")]
        public async Task<int> JsonListing()
        {
            var count = 0;
            await foreach (var batch in _client.ListAllBatchesJsonAsync(new ListAllBatchesOptions { PageSize = PageSize, Order = SortOrder.Desc }).ConfigureAwait(false))
            {
                count++;
            }
            return count;
        }

        /// <summary>(c) The baseline: plain Newtonsoft reflection into a POCO of the same fields, from the same bytes.</summary>
        [Benchmark(Baseline = true, OperationsPerInvoke = Batches, Description = "(c) plain Newtonsoft into List<PlainBatch>")]
        public int Floor()
        {
            var count = 0;
            foreach (var bytes in _pageBytes)
            {
                using var stream = new MemoryStream(bytes, writable: false);
                using var text = new StreamReader(stream, Encoding.UTF8);
                using var json = new JsonTextReader(text);
                count += _serializer.Deserialize<List<PlainBatch>>(json)!.Count;
            }
            return count;
        }

        /// <summary>(d) The tokenizing floor: System.Text.Json's JsonDocument over each page.</summary>
        [Benchmark(OperationsPerInvoke = Batches, Description = "(d) floor: JsonDocument.Parse per page")]
        public int Tokens()
        {
            var count = 0;
            foreach (var bytes in _pageBytes)
            {
                using var document = System.Text.Json.JsonDocument.Parse(bytes, new System.Text.Json.JsonDocumentOptions { MaxDepth = LettaJson.MaxDepth });
                count += document.RootElement.GetArrayLength();
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
