using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using Letta.Generated.ContractTests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Letta.Generated.ContractTests
{
    /// <summary>
    /// openapi/templates as an NSwag upgrade meets them: no template is a copy of NSwag's or NJsonSchema's own (which
    /// every upgrade would have to re-merge), and the model template, which renders only what this repository's
    /// nswag.json and fragment produce, stops the build with an <c>#error</c> naming anything else instead of dropping
    /// it. The guards run the NSwag the library generates with, on small documents of their own.
    /// </summary>
    public sealed class TemplateTests
    {
        private static readonly TimeSpan NSwagTimeout = TimeSpan.FromMinutes(2);

        private static readonly string NSwagDirectory = typeof(TemplateTests).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "NSwagDirectory").Value!;

        [Test]
        public void No_template_is_a_copy_of_the_built_in_template_it_replaces()
        {
            var builtIn = BuiltInTemplates();
            Assert.That(builtIn.Keys, Does.Contain("Class").And.Contain("Enum").And.Contain("Client.Class"), "NSwag's built-in templates were not found");

            var copies = new List<string>();
            foreach (var file in Directory.GetFiles(Repository.Path("openapi", "templates"), "*.liquid"))
            {
                var name = Path.GetFileNameWithoutExtension(file);
                if (!builtIn.TryGetValue(name, out var theirs))
                {
                    continue;
                }

                var ours = SignificantLines(File.ReadAllText(file)).ToHashSet();
                var theirLines = SignificantLines(theirs).ToList();
                var shared = theirLines.Count(ours.Contains);
                if (shared * 2 > theirLines.Count)
                {
                    copies.Add($"{name}.liquid has {shared} of the {theirLines.Count} lines of NSwag's own");
                }
            }

            Assert.That(copies, Is.Empty, "a copied template must be re-merged on every NSwag upgrade: override a small piece, or write a template of our own");
        }

        [Test]
        public void A_schema_feature_the_model_template_does_not_render_stops_the_build_with_an_error_naming_it()
        {
            using var temp = new TempDirectory("letta-template-guard");

            var generated = Generate(temp, Repository.Path("nswag.json"), Document(new JObject
            {
                ["Status"] = new JObject { ["type"] = "string", ["enum"] = new JArray("queued", "done") },
                ["Probe"] = new JObject
                {
                    ["type"] = "object",
                    ["properties"] = new JObject
                    {
                        ["plain_name"] = new JObject { ["type"] = "string" },
                        ["old_field"] = new JObject { ["type"] = "string", ["deprecated"] = true },
                        ["due_on"] = new JObject { ["type"] = "string", ["format"] = "date" },
                        ["tags"] = new JObject { ["type"] = "array", ["items"] = new JObject { ["$ref"] = "#/components/schemas/Status" } },
                    },
                },
                ["Retired"] = new JObject { ["type"] = "object", ["deprecated"] = true, ["properties"] = new JObject { ["note"] = new JObject { ["type"] = "string" } } },
                ["Derived"] = new JObject
                {
                    ["allOf"] = new JArray(
                        new JObject { ["$ref"] = "#/components/schemas/Probe" },
                        new JObject { ["type"] = "object", ["properties"] = new JObject { ["retired"] = new JObject { ["$ref"] = "#/components/schemas/Retired" } } }),
                },
            }, "Derived"));

            var errors = Errors(generated);
            Assert.That(errors.Select(e => e.Split(' ', ':')[0]), Is.EquivalentTo(new[] { "Probe.old_field", "Probe.due_on", "Probe.tags", "Derived", "Retired" }), string.Join("\n", errors));
            Assert.That(errors, Has.Some.StartsWith("Probe.old_field is deprecated"));
            Assert.That(errors, Has.Some.StartsWith("Probe.due_on has format \"date\""));
            Assert.That(errors, Has.Some.StartsWith("Probe.tags is a list of enum values"));
            Assert.That(errors, Has.Some.StartsWith("Derived: the schema uses inheritance"));
            Assert.That(errors, Has.Some.StartsWith("Retired: the schema is deprecated"));
        }

        [Test]
        public void A_setting_the_model_template_does_not_render_stops_the_build_with_an_error_naming_it()
        {
            using var temp = new TempDirectory("letta-template-guard");
            var settings = JObject.Parse(File.ReadAllText(Repository.Path("nswag.json")));
            var csharp = (JObject)settings["codeGenerators"]!["openApiToCSharpClient"]!;
            csharp["templateDirectory"] = Repository.Path("openapi", "templates");
            csharp["jsonLibrary"] = "SystemTextJson";
            csharp["classStyle"] = "Record";
            csharp["generateDataAnnotations"] = true;
            csharp["generateImmutableArrayProperties"] = true;
            File.WriteAllText(temp.Combine("nswag.json"), settings.ToString());

            var generated = Generate(temp, temp.Combine("nswag.json"), Document(new JObject
            {
                ["Plain"] = new JObject
                {
                    ["type"] = "object",
                    ["required"] = new JArray("label", "names"),
                    ["properties"] = new JObject
                    {
                        ["label"] = new JObject { ["type"] = "string" },
                        ["names"] = new JObject { ["type"] = "array", ["items"] = new JObject { ["type"] = "string" } },
                    },
                },
            }, "Plain"));

            var errors = Errors(generated);
            Assert.That(errors, Has.Count.EqualTo(5), string.Join("\n", errors));
            Assert.That(errors, Has.Some.StartsWith("Plain:").And.Contains("\"jsonLibrary\": \"NewtonsoftJson\""));
            Assert.That(errors, Has.Some.StartsWith("Plain:").And.Contains("\"classStyle\": \"Poco\""));
            Assert.That(errors, Has.Some.StartsWith("Plain.label:").And.Contains("\"generateDataAnnotations\": false"));
            Assert.That(errors, Has.Some.StartsWith("Plain.names:").And.Contains("\"generateDataAnnotations\": false"));
            Assert.That(errors, Has.Some.StartsWith("Plain.names has no setter"));
        }

        // An OpenAPI 3.0 document whose one operation returns the named schema.
        private static JObject Document(JObject schemas, string returned) => new()
        {
            ["openapi"] = "3.0.3",
            ["info"] = new JObject { ["title"] = "template guard", ["version"] = "1" },
            ["paths"] = new JObject
            {
                ["/probe"] = new JObject
                {
                    ["get"] = new JObject
                    {
                        ["operationId"] = "GetProbe",
                        ["responses"] = new JObject
                        {
                            ["200"] = new JObject
                            {
                                ["description"] = "the probe",
                                ["content"] = new JObject { ["application/json"] = new JObject { ["schema"] = new JObject { ["$ref"] = "#/components/schemas/" + returned } } },
                            },
                        },
                    },
                },
            },
            ["components"] = new JObject { ["schemas"] = schemas },
        };

        private static string Generate(TempDirectory temp, string settings, JObject document)
        {
            File.WriteAllText(temp.Combine("spec.json"), document.ToString());
            Dotnet.MustSucceed(Repository.Root,
                new[] { Path.Combine(NSwagDirectory, "dotnet-nswag.dll"), "run", settings, $"/variables:Input={temp.Combine("spec.json")},Output={temp.Combine("Client.g.cs")}" },
                NSwagTimeout);
            return File.ReadAllText(temp.Combine("Client.g.cs"));
        }

        // The text after each #error.
        private static List<string> Errors(string generated) =>
            Regex.Matches(generated, @"^\s*#error (.*)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value.TrimEnd()).ToList();

        // NJsonSchema's and NSwag's C# templates, by the name an override in the template directory replaces.
        private static Dictionary<string, string> BuiltInTemplates()
        {
            var templates = new Dictionary<string, string>(StringComparer.Ordinal);
            var context = new AssemblyLoadContext("nswag-templates", isCollectible: true);
            try
            {
                foreach (var file in new[] { "NJsonSchema.CodeGeneration.CSharp.dll", "NSwag.CodeGeneration.CSharp.dll" })
                {
                    var assembly = context.LoadFromAssemblyPath(Path.Combine(NSwagDirectory, file));
                    foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.EndsWith(".liquid", StringComparison.Ordinal)))
                    {
                        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
                        var name = resource[(resource.IndexOf(".Templates.", StringComparison.Ordinal) + ".Templates.".Length)..^".liquid".Length];
                        templates[name] = reader.ReadToEnd();
                    }
                }
            }
            finally
            {
                context.Unload();
            }

            return templates;
        }

        // Lines long enough to say something (not braces, not a bare endif), trimmed, each once.
        private static IEnumerable<string> SignificantLines(string template) =>
            template.Split('\n').Select(l => l.Trim()).Where(l => l.Length >= 20).Distinct();
    }
}
