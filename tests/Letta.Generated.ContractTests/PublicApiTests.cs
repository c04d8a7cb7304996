using System;
using System.IO;
using System.Reflection;
using Letta.Generated.ContractTests.Support;
using Letta.Generated.DependencyInjection;
using Letta.Generated.Simulator;
using Letta.Generated.Testing;
using NUnit.Framework;

namespace Letta.Generated.ContractTests
{
    /// <summary>
    /// The public surface of each package is checked in as C# under api/ (net10.0 build). Any change, wanted or
    /// not, fails here with the diff until it is accepted: run with ACCEPT_API_CHANGES=1 to rewrite the file, then
    /// review and commit it with the change that caused it.
    /// </summary>
    [TestFixture]
    public sealed class PublicApiTests
    {
        private const string AcceptVariable = "ACCEPT_API_CHANGES";

        public static readonly object[] Packages =
        {
            new TestCaseData(typeof(LettaClient).Assembly).SetArgDisplayNames("Letta.Generated"),
            new TestCaseData(typeof(SimulatedLettaServer).Assembly).SetArgDisplayNames("Letta.Generated.Simulator"),
            new TestCaseData(typeof(LettaSimulator).Assembly).SetArgDisplayNames("Letta.Generated.Testing"),
            new TestCaseData(typeof(LettaServiceCollectionExtensions).Assembly).SetArgDisplayNames("Letta.Generated.DependencyInjection"),
        };

        [TestCaseSource(nameof(Packages))]
        public void The_public_API_matches_the_reviewed_snapshot(Assembly assembly)
        {
            var actual = PublicApi.Of(assembly);
            var name = assembly.GetName().Name!;
            var relative = $"api/{name}.net10.0.cs";
            var path = Repository.Path("api", $"{name}.net10.0.cs");
            var expected = File.Exists(path) ? PublicApi.Normalise(File.ReadAllText(path)) : string.Empty;
            if (expected == actual)
            {
                return;
            }

            if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, actual);
                Assert.Warn($"{relative} rewritten ({AcceptVariable}=1): review it with git diff and commit it.");
                return;
            }

            Assert.Fail(
                $"The public API of {name} changed. If the change is intended, accept it with\n" +
                $"  {AcceptVariable}=1 dotnet test tests/Letta.Generated.ContractTests --filter PublicApi\n" +
                $"then review and commit {relative}.\n\n" +
                LineDiff.Unified(expected, actual, relative + " (reviewed)", "current build"));
        }
    }
}
