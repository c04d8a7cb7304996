using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;

namespace Letta.Generated.Benchmarks
{
    /// <summary>
    /// A cross-check of the BenchmarkDotNet ratios that is robust to a busy machine: the four paths run in turn,
    /// round after round (the order rotating), so a change in background load hits all alike; the report is the median
    /// per batch and the median of the per-round ratios against (c). Allocations are counted with
    /// GC.GetTotalAllocatedBytes(precise).
    /// </summary>
    internal static class PairedRun
    {
        private static readonly string[] Names = { "(a) typed listing", "(b) JSON listing", "(c) plain Newtonsoft POCO", "(d) JsonDocument floor", "(a2) typed, metadata read" };

        public static int Run(int rounds)
        {
            var bench = new ListingBenchmarks();
            bench.Setup();
            Func<int>[] paths =
            {
                () => bench.ClientListing().GetAwaiter().GetResult(),
                () => bench.JsonListing().GetAwaiter().GetResult(),
                bench.Floor,
                bench.Tokens,
                () => bench.ClientListingWithMetadata().GetAwaiter().GetResult(),
            };
            for (var i = 0; i < 5; i++)
            {
                foreach (var path in paths) path();
            }

            var micros = new double[paths.Length, rounds];
            var bytes = new double[paths.Length, rounds];
            for (var r = 0; r < rounds; r++)
            {
                for (var k = 0; k < paths.Length; k++)
                {
                    var p = (r + k) % paths.Length;
                    (micros[p, r], bytes[p, r]) = Measure(paths[p]);
                }
            }
            bench.Cleanup();

            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "paired rounds: {0}; {1} batches a round; medians per batch", rounds, ListingBenchmarks.Batches));
            for (var p = 0; p < paths.Length; p++)
            {
                var time = Row(micros, p);
                var ratios = Enumerable.Range(0, rounds).Select(r => micros[p, r] / micros[2, r]).ToArray();
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                    "{0,-28} {1,7:F2} us {2,8:N0} B   time vs (c): {3:F3} (quartiles {4:F3}..{5:F3})   bytes vs (c): {6:F3}",
                    Names[p], Median(time), Median(Row(bytes, p)), Median(ratios), Quantile(ratios, 0.25), Quantile(ratios, 0.75), Median(Row(bytes, p)) / Median(Row(bytes, 2))));
            }
            return 0;
        }

        private static double[] Row(double[,] values, int path) => Enumerable.Range(0, values.GetLength(1)).Select(r => values[path, r]).ToArray();

        private static (double MicrosPerBatch, double BytesPerBatch) Measure(Func<int> listing)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            var n = listing();
            watch.Stop();
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
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
