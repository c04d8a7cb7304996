using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using NUnit.Framework;

namespace Letta.Generated.Cli.Tests.Support
{
    /// <summary>
    /// The built tool as a real process (letta-batches.dll next to the tests, run by the same dotnet host), for what
    /// only a process shows: the console stream's handling of a closed pipe, and signals.
    /// </summary>
    internal static class ToolProcess
    {
        public const int SigTerm = 15;

        public static Process Start(params string[] args)
        {
            var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";
            var start = new ProcessStartInfo(host)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "letta-batches.dll"));
            foreach (var arg in args) start.ArgumentList.Add(arg);
            foreach (var name in new[] { "LETTA_API_KEY", "LETTA_BASE_URL", "LETTA_CUSTOM_HEADERS" }) start.Environment.Remove(name);
            return Process.Start(start) ?? throw new InvalidOperationException("letta-batches did not start");
        }

        /// <summary>Sends a signal, as `kill -TERM` does (.NET can only send SIGKILL).</summary>
        public static void Signal(Process process, int signal)
        {
            if (kill(process.Id, signal) != 0) throw new InvalidOperationException("kill failed: errno " + Marshal.GetLastPInvokeError());
        }

        [DllImport("libc", SetLastError = true)]
        private static extern int kill(int pid, int sig);
    }
}
