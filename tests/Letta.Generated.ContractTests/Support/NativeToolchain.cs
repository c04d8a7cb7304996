using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace Letta.Generated.ContractTests.Support
{
    /// <summary>
    /// The C toolchain Native AOT links with. Found as Directory.Build.props finds it (clang, or clang-14 to clang-20);
    /// where there is none and the tests run as root on a machine with apt-get (a fresh Debian or Ubuntu CI machine),
    /// installed as <c>.ci/run</c> installs it, so the README's test command works on such a machine too.
    /// </summary>
    internal static class NativeToolchain
    {
        private static readonly string[] Clangs = new[] { "/usr/bin/clang", "/usr/local/bin/clang" }
            .Concat(Enumerable.Range(14, 7).Select(version => "/usr/bin/clang-" + version))
            .ToArray();

        private static readonly object Gate = new();

        public static bool HasClang => Clangs.Any(File.Exists);

        public static void EnsureClang()
        {
            lock (Gate)
            {
                if (HasClang || !OperatingSystem.IsLinux() || !File.Exists("/usr/bin/apt-get") || Environment.UserName != "root") return;
                Run("update -qq");
                Run("install -y -qq clang");
            }
        }

        private static void Run(string arguments)
        {
            var start = new ProcessStartInfo("/usr/bin/apt-get", arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("apt-get " + arguments + " did not finish within 10 minutes");
            }

            if (process.ExitCode != 0) throw new InvalidOperationException("apt-get " + arguments + " failed (exit " + process.ExitCode + "): " + stderr.Result);
        }
    }
}
