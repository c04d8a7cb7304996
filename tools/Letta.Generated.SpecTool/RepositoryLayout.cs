using System;
using System.IO;

namespace Letta.Generated.SpecTool
{
    /// <summary>Where the spec files live, found from any folder inside the repository.</summary>
    internal static class RepositoryLayout
    {
        public const string SolutionFile = "Letta.Generated.sln";

        public static string FindRoot(string start)
        {
            for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException($"No {SolutionFile} found above '{start}'.");
        }

        public static string Fragment(string root) => Path.Combine(root, "openapi", "letta-list-batches.openapi.json");

        public static string Upstream(string root) => Path.Combine(root, "openapi", "upstream", "list-batches.openapi.json");

        public static string Deviations(string root) => Path.Combine(root, "openapi", "deviations.json");
    }
}
