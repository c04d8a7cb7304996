using System.IO;
using NUnit.Framework;

namespace Letta.Generated.Cli.Tests.Support
{
    /// <summary>The repository's root: the folder above the test's output that holds Letta.Generated.sln.</summary>
    internal static class Repository
    {
        public static string Root
        {
            get
            {
                var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
                while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Letta.Generated.sln"))) directory = directory.Parent;
                return directory?.FullName ?? throw new DirectoryNotFoundException("Letta.Generated.sln not found above " + TestContext.CurrentContext.TestDirectory);
            }
        }
    }
}
