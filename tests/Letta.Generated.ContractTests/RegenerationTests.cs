using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Letta.Generated.ContractTests.Support;
using Letta.Generated.SpecTool;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Letta.Generated.ContractTests
{
    /// <summary>
    /// The client really is generated from the fragment at build time: a copy of the library whose fragment has
    /// one more BatchJob property builds, and the compiled BatchJob has it. One build of one target framework
    /// (net10.0), reusing the NuGet cache.
    /// </summary>
    [TestFixture]
    [Category("Slow")]
    public sealed class RegenerationTests
    {
        private static readonly string[] Inputs =
        {
            "src/Letta.Generated", "openapi", "nswag.json",
            "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props",
        };

        [Test]
        public void A_property_added_to_the_fragment_appears_on_the_compiled_BatchJob()
        {
            Assert.That(typeof(BatchJob).GetProperty("FavouriteColour"), Is.Null, "the probe property must be new");

            using var copy = new TempDirectory("letta-regen");
            foreach (var input in Inputs)
            {
                Copy(Repository.Path(input), copy.Combine(input));
            }

            var fragmentPath = copy.Combine("openapi", "letta-list-batches.openapi.json");
            var fragment = JsonFiles.Read(fragmentPath);
            var properties = (JObject)fragment["components"]!["schemas"]!["BatchJob"]!["properties"]!;
            properties.Add("favourite_colour", new JObject { ["type"] = "string", ["nullable"] = true, ["description"] = "Added by RegenerationTests." });
            JsonFiles.Write(fragmentPath, fragment);

            var project = copy.Combine("src", "Letta.Generated", "Letta.Generated.csproj");
            Dotnet.MustSucceed(copy.Path, new[]
            {
                "build", project, "-f", "net10.0", "-nologo", "-nodeReuse:false", "-clp:ErrorsOnly",
                // The copy is not a git repository: no SourceLink, no CI path mapping.
                "-p:EnableSourceControlManagerQueries=false", "-p:EnableSourceLink=false", "-p:ContinuousIntegrationBuild=false",
            }, TimeSpan.FromMinutes(5));

            var built = copy.Combine("src", "Letta.Generated", "bin", "Debug", "net10.0", "Letta.Generated.dll");
            var context = new AssemblyLoadContext("regenerated", isCollectible: true);
            try
            {
                var assembly = context.LoadFromAssemblyPath(built);
                var batchJob = assembly.GetType("Letta.Generated.BatchJob", throwOnError: true)!;
                var property = batchJob.GetProperty("FavouriteColour");
                Assert.That(property, Is.Not.Null, $"BatchJob properties: {string.Join(", ", batchJob.GetProperties().Select(p => p.Name))}");
                Assert.That(property!.PropertyType, Is.EqualTo(typeof(string)));
                var jsonName = property.GetCustomAttributesData()
                    .Where(a => a.AttributeType.FullName == "Newtonsoft.Json.JsonPropertyAttribute")
                    .SelectMany(a => a.ConstructorArguments)
                    .Select(a => a.Value as string)
                    .FirstOrDefault();
                Assert.That(jsonName, Is.EqualTo("favourite_colour"));
            }
            finally
            {
                context.Unload();
            }
        }

        private static void Copy(string source, string target)
        {
            if (File.Exists(source))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(source, target);
                return;
            }

            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(source, file);
                var first = relative.Split(Path.DirectorySeparatorChar)[0];
                if (first is "bin" or "obj")
                {
                    continue;
                }

                Copy(file, Path.Combine(target, relative));
            }
        }
    }
}
