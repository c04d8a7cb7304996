using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using NUnit.Framework;

namespace Letta.Generated.Cli.Tests.Support
{
    /// <summary>
    /// The built tool as a real process, for what only a process shows: the console stream's handling of a closed
    /// pipe, and signals. Run from the tool's own build output (same configuration as the tests), not from the copy
    /// next to the tests: the test project takes some libraries from the ASP.NET Core framework WireMock brings,
    /// so the tool's dependencies are not all copied here, and the tool runs on Microsoft.NETCore.App alone.
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
            start.ArgumentList.Add(ToolPath);
            foreach (var arg in args) start.ArgumentList.Add(arg);
            foreach (var name in new[] { "LETTA_API_KEY", "LETTA_BASE_URL", "LETTA_CUSTOM_HEADERS" }) start.Environment.Remove(name);
            return Process.Start(start) ?? throw new InvalidOperationException("letta-batches did not start");
        }

        /// <summary>src/Letta.Generated.Cli/bin/&lt;configuration&gt;/net10.0/letta-batches.dll, the configuration being the tests' own.</summary>
        private static string ToolPath
        {
            get
            {
                var framework = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
                var configuration = framework.Parent!.Name;
                var path = Path.Combine(Repository.Root, "src", "Letta.Generated.Cli", "bin", configuration, framework.Name, "letta-batches.dll");
                return File.Exists(path) ? path : throw new FileNotFoundException("Build src/Letta.Generated.Cli (" + configuration + ") first.", path);
            }
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
