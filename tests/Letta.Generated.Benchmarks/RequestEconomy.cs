using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Threading.Tasks;

namespace Letta.Generated.Benchmarks
{
    /// <summary>
    /// Requests per full listing, counted in the in-memory handler, next to the optimum ⌊N/P⌋ + 1
    /// (every full page, then one short or empty page that proves the end).
    /// </summary>
    internal static class RequestEconomy
    {
        private static readonly int[] Counts = { 0, 1, 999, 1000, 1001, 2500, 10000 };
        private static readonly int[] PageSizes = { 100, 1000 };

        public static async Task<int> RunAsync()
        {
            var handlers = new Dictionary<int, InMemoryLettaHandler>();
            Console.WriteLine("| N | P | order | requests | optimum ⌊N/P⌋+1 | extra |");
            Console.WriteLine("|---:|---:|---|---:|---:|---:|");
            var failures = 0;
            foreach (var n in Counts)
            {
                var handler = handlers.TryGetValue(n, out var h) ? h : handlers[n] = new InMemoryLettaHandler(n);
                foreach (var p in PageSizes)
                {
                    foreach (var order in new[] { SortOrder.Desc, SortOrder.Asc })
                    {
                        handler.ResetRequestCount();
                        using var http = new HttpClient(handler, disposeHandler: false);
                        using var client = new LettaClient(http, new LettaClientOptions(_ => null) { BaseUrl = new Uri("http://letta.invalid/"), MaxRetries = 0 });
                        var listed = 0;
                        await foreach (var _ in client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = p, Order = order }))
                        {
                            listed++;
                        }
                        if (listed != n)
                        {
                            Console.Error.WriteLine($"N={n} P={p} {order}: listed {listed}, expected {n}");
                            failures++;
                        }
                        var requests = handler.RequestCount;
                        var optimum = n / p + 1;
                        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1} | {2} | {3} | {4} | {5} |", n, p, order, requests, optimum, requests - optimum));
                    }
                }
            }
            return failures == 0 ? 0 : 1;
        }
    }
}
