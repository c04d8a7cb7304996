using System.IO;
using NUnit.Framework;

namespace Letta.Generated.Tests.Support
{
    /// <summary>JSON bodies kept as files under TestData/ (so the contract tests can validate them too).</summary>
    internal static class TestData
    {
        public static string Read(string name) => File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", name));
    }
}
