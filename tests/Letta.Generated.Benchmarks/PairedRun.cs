using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;

namespace Letta.Generated.Benchmarks
{
    /// <summary>
    /// A cross-check of the BenchmarkDotNet ratio that is robust to a busy machine: (a) and (b) run
    /// alternately, round after round, so a change in background load hits both alike; the report is
    /// the median of the per-round ratios. Allocations are counted with GC.GetTotalAllocatedBytes(precise).
    /// </summary>
    internal static class PairedRun
    {
        public static int Run(int rounds)
        {
            var bench = new ListingBenchmarks();
            bench.Setup();
            for (var i = 0; i < 5; i++)
            {
                bench.Floor();
                bench.ClientListing().GetAwaiter().GetResult();
            }

            var client = new double[rounds];
            var floor = new double[rounds];
            var clientBytes = new double[rounds];
            var floorBytes = new double[rounds];
            for (var r = 0; r < rounds; r++)
            {
                // Alternate which goes first, so neither always runs right after a collection.
                if (r % 2 == 0)
                {
                    (floor[r], floorBytes[r]) = Measure(() => bench.Floor());
                    (client[r], clientBytes[r]) = Measure(() => bench.ClientListing().GetAwaiter().GetResult());
                }
                else
                {
                    (client[r], clientBytes[r]) = Measure(() => bench.ClientListing().GetAwaiter().GetResult());
                    (floor[r], floorBytes[r]) = Measure(() => bench.Floor());
                }
            }
            bench.Cleanup();

            var ratios = client.Zip(floor, (a, b) => a / b).ToArray();
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "paired rounds: {0}; per batch (median): (a) client {1:F2} us, {2:N0} batches/s, {3:N0} B | (b) floor {4:F2} us, {5:N0} batches/s, {6:N0} B",
                rounds, Median(client), 1e6 / Median(client), Median(clientBytes), Median(floor), 1e6 / Median(floor), Median(floorBytes)));
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "time ratio (a)/(b): median of per-round ratios {0:F3} (quartiles {1:F3}..{2:F3}); allocation ratio {3:F3}",
                Median(ratios), Quantile(ratios, 0.25), Quantile(ratios, 0.75), Median(clientBytes) / Median(floorBytes)));
            return 0;
        }

        private static (double MicrosPerBatch, double BytesPerBatch) Measure(Func<int> listing)
        {
            var bytes = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            var n = listing();
            watch.Stop();
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - bytes;
            return (watch.Elapsed.TotalMilliseconds * 1000 / n, (double)allocated / n);
        }

        private static double Median(double[] values) => Quantile(values, 0.5);

        private static double Quantile(double[] values, double q)
        {
            var sorted = values.OrderBy(v => v).ToArray();
            var position = q * (sorted.Length - 1);
            var low = (int)Math.Floor(position);
            var high = (int)Math.Ceiling(position);
            return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
        }
    }
}
