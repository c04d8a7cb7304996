using System;
using System.Linq;
using BenchmarkDotNet.Running;

namespace Letta.Generated.Benchmarks
{
    public static class Program
    {
        /// <summary>
        /// <c>-- --filter '*'</c> runs the benchmarks (BenchmarkDotNet's own arguments);
        /// <c>-- --economy</c> prints the request-economy table instead; <c>-- --paired [rounds]</c> runs (a)
        /// and (b) alternately and prints the median ratio (a cross-check on a busy machine).
        /// </summary>
        public static int Main(string[] args)
        {
            if (args.Contains("--economy", StringComparer.Ordinal))
            {
                return RequestEconomy.RunAsync().GetAwaiter().GetResult();
            }
            var paired = Array.IndexOf(args, "--paired");
            if (paired >= 0)
            {
                var rounds = paired + 1 < args.Length && int.TryParse(args[paired + 1], out var r) ? r : 30;
                return PairedRun.Run(rounds);
            }
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
            return 0;
        }
    }
}
