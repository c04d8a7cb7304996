using System.Reflection;
using PublicApiGenerator;

namespace Letta.Generated.ContractTests.Support
{
    /// <summary>An assembly's public surface as C# text (PublicApiGenerator), the way api/*.cs snapshots are written.</summary>
    internal static class PublicApi
    {
        public static string Of(Assembly assembly) => Normalise(assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            // Not API: the generator's version string (NSwag upgrades would churn the files) and the build's
            // repository metadata.
            ExcludeAttributes = new[] { "System.CodeDom.Compiler.GeneratedCodeAttribute", "System.Reflection.AssemblyMetadataAttribute" },
        }));

        public static string Normalise(string text) => text.Replace("\r\n", "\n").TrimEnd('\n') + "\n";
    }
}
