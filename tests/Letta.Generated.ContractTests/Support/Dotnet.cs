using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using NUnit.Framework;

namespace Letta.Generated.ContractTests.Support
{
    /// <summary>Runs the dotnet CLI the way a developer would, with a time limit, and captures its output.</summary>
    internal static class Dotnet
    {
        public sealed record Result(int ExitCode, string Output, TimeSpan Elapsed);

        public static Result Run(string workingDirectory, IEnumerable<string> arguments, TimeSpan timeout, IDictionary<string, string>? environment = null)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
            // No MSBuild worker nodes left running after the test.
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            // The outer `dotnet test` sets these for its own build; a child build must not inherit them.
            start.Environment.Remove("MSBuildExtensionsPath");
            start.Environment.Remove("MSBuildSDKsPath");
            start.Environment.Remove("MSBUILD_EXE_PATH");
            if (environment is not null)
            {
                foreach (var pair in environment)
                {
                    start.Environment[pair.Key] = pair.Value;
                }
            }

            var output = new StringBuilder();
            var watch = Stopwatch.StartNew();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit((int)timeout.TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                Assert.Fail($"`dotnet {string.Join(" ", arguments)}` did not finish within {timeout.TotalSeconds:0} s:\n{output}");
            }

            process.WaitForExit();
            TestContext.Progress.WriteLine($"dotnet {string.Join(" ", arguments)}: exit {process.ExitCode} after {watch.Elapsed.TotalSeconds:0.0} s");
            lock (output)
            {
                return new Result(process.ExitCode, output.ToString(), watch.Elapsed);
            }
        }

        public static Result MustSucceed(string workingDirectory, IEnumerable<string> arguments, TimeSpan timeout, IDictionary<string, string>? environment = null)
        {
            var result = Run(workingDirectory, arguments, timeout, environment);
            Assert.That(result.ExitCode, Is.Zero, $"`dotnet {string.Join(" ", arguments)}` failed:\n{result.Output}");
            return result;
        }
    }
}
