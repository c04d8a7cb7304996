using Letta.Generated.SpecTool;

namespace Letta.Generated.ContractTests.Support
{
    /// <summary>Paths inside the repository the tests run from.</summary>
    internal static class Repository
    {
        public static string Root { get; } = RepositoryLayout.FindRoot(System.AppContext.BaseDirectory);

        public static string Path(params string[] parts) => System.IO.Path.Combine(Root, System.IO.Path.Combine(parts));

        public static string Fragment => RepositoryLayout.Fragment(Root);

        public static string Upstream => RepositoryLayout.Upstream(Root);

        public static string Deviations => RepositoryLayout.Deviations(Root);
    }
}
