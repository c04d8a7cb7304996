using System;
using System.Diagnostics;
using System.Linq;
using Letta.Generated.ContractTests.Support;
using NUnit.Framework;

namespace Letta.Generated.ContractTests
{
    /// <summary>
    /// A user's Native AOT program (NativeAot/Consumer) lists typed batches: the models are read by generated code, so
    /// nothing on the pager's, the models' or the simulator's path needs reflection. Published once, with the trim and
    /// AOT analyzers, into a temporary artifacts folder.
    /// </summary>
    [Category("Slow")]
    [NonParallelizable]
    public sealed class NativeAotTests
    {
        private TempDirectory? _artifacts;
        private string _publishOutput = string.Empty;
        private string _programOutput = string.Empty;
        private int _exitCode = -1;

        [OneTimeSetUp]
        public void PublishAndRunTheConsumer()
        {
            NativeToolchain.EnsureClang();
            _artifacts = new TempDirectory("letta-aot");
            var output = _artifacts.Combine("out");
            var publish = Dotnet.MustSucceed(Repository.Root, new[]
            {
                "publish", Repository.Path("tests", "Letta.Generated.ContractTests", "NativeAot", "Consumer", "AotConsumer.csproj"),
                "-c", "Release", "-r", "linux-x64", "--artifacts-path", _artifacts.Combine("artifacts"), "-o", output,
            }, TimeSpan.FromMinutes(8));
            _publishOutput = publish.Output;

            var start = new ProcessStartInfo(System.IO.Path.Combine(output, "AotConsumer")) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(60_000))
            {
                process.Kill();
                Assert.Fail("the native consumer did not finish within 60 s");
            }

            _programOutput = stdout.Result + stderr.Result;
            _exitCode = process.ExitCode;
        }

        [OneTimeTearDown]
        public void DeleteTheArtifacts() => _artifacts?.Dispose();

        [Test]
        public void A_Native_AOT_program_lists_typed_batches_from_the_simulator_exactly()
        {
            Assert.That(_exitCode, Is.EqualTo(0), _programOutput);
            Assert.That(_programOutput.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0), Is.EqualTo(new[]
            {
                "listed 250 typed batches, 250 distinct, 0 differing from the simulator, 196 with metadata read",
                "written back: id matches, status running",
            }));
        }

        [Test]
        public void No_Letta_Generated_assembly_has_trim_or_AOT_warnings()
        {
            var warnings = _publishOutput.Split('\n').Where(l => l.Contains("warning IL", StringComparison.Ordinal)).ToList();

            Assert.That(warnings.Where(l => l.Contains("Assembly 'Letta.Generated", StringComparison.Ordinal) || l.Contains("src/Letta.Generated", StringComparison.Ordinal)), Is.Empty, _publishOutput);
            // Newtonsoft.Json's own summary is expected (its reflection paths are never taken here); nothing else.
            Assert.That(warnings.All(l => l.Contains("Assembly 'Newtonsoft.Json'", StringComparison.Ordinal)), Is.True, string.Join("\n", warnings));
        }
    }
}
