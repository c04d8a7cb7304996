using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Letta.Generated.ContractTests.Support;
using Letta.Generated.Simulator;
using Letta.Generated.Testing;
using NUnit.Framework;

namespace Letta.Generated.ContractTests
{
    /// <summary>
    /// <c>dotnet pack Letta.Generated.sln</c> (every packable project, the letta-batches tool too, as CI would with CI=true) into a temp folder,
    /// then brand-new console apps (in the system temp folder) install the packed packages from that folder, as a new
    /// user would: Letta.Generated with Letta.Generated.Testing lists the simulator's batches over loopback, and
    /// Letta.Generated.Simulator alone lists them in-process without pulling in WireMock or ASP.NET Core. The build
    /// output goes to a throw-away folder under the repository's git-ignored artifacts/ (inside the repository, so
    /// SourceLink maps every file as in a real CI pack); the repository's own bin/ and obj/ are not touched.
    /// </summary>
    [TestFixture]
    [Category("Slow")]
    [NonParallelizable]
    public sealed class PackageTests
    {
        private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");
        private const string ToolPackage = "Letta.Generated.Cli";
        private const string NativeExecutable = "tools/any/linux-x64/letta-batches";
        private static readonly string[] ExpectedPackages = { "Letta.Generated", "Letta.Generated.Simulator", "Letta.Generated.Testing", "Letta.Generated.DependencyInjection", ToolPackage };
        private static readonly string[] ToolRidPackages = { ToolPackage + ".linux-x64", ToolPackage + ".any" };
        private static readonly string[] Formats = { "table", "csv", "json", "jsonl", "count" };

        private TempDirectory _pack = null!;
        private TempDirectory _consumer = null!;
        private string _packages = null!;
        private string _version = null!;

        [OneTimeSetUp]
        public void PackTheSolution()
        {
            // The tool's native package links with clang: found, or installed where the tests may (root, apt-get).
            NativeToolchain.EnsureClang();
            _pack = new TempDirectory("contract-pack", Repository.Path("artifacts"));
            _consumer = new TempDirectory("letta-consumer");
            _packages = _pack.Combine("packages");
            // A version no cache has seen, so the consumer below cannot pick up a stale package.
            _version = "0.1.0-contract." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
            Dotnet.MustSucceed(Repository.Root, new[]
            {
                "pack", "Letta.Generated.sln", "-c", "Release", "-nologo", "-nodeReuse:false", "-clp:ErrorsOnly",
                "-p:UseArtifactsOutput=true", $"-p:ArtifactsPath={_pack.Combine("artifacts")}",
                $"-p:PackageOutputPath={_packages}", $"-p:Version={_version}",
            }, TimeSpan.FromMinutes(8), new Dictionary<string, string> { ["CI"] = "true" });
        }

        [OneTimeTearDown]
        public void CleanUp()
        {
            _pack?.Dispose();
            _consumer?.Dispose();
        }

        [Test]
        public void Every_package_has_readme_license_repository_docs_and_symbols()
        {
            var produced = Directory.GetFiles(_packages, "*.nupkg").Select(Path.GetFileName).ToList();
            Assert.That(produced, Is.SupersetOf(ExpectedPackages.Select(id => $"{id}.{_version}.nupkg")));
            Assert.That(produced.Where(p => p!.Contains("Tests", StringComparison.Ordinal) || p.Contains("SpecTool", StringComparison.Ordinal)), Is.Empty, "test and tool projects are not packable");

            // The tool is three packages: the pointer, the native linux-x64 one and the framework-dependent `any` one.
            Assert.That(produced, Is.SupersetOf(ToolRidPackages.Select(id => $"{id}.{_version}.nupkg")));

            // Every package the solution produces, not just the known ones.
            foreach (var file in produced)
            {
                var id = file!.Substring(0, file.Length - $".{_version}.nupkg".Length);
                // The tool's RID packages carry the tool's README (titled with the tool's id).
                var readmeId = ToolRidPackages.Contains(id) ? ToolPackage : id;
                using var package = ZipFile.OpenRead(Path.Combine(_packages, file));
                var nuspec = XDocument.Load(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
                var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
                string? Element(string name) => metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
                var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");

                Assert.Multiple(() =>
                {
                    Assert.That(Element("license"), Is.EqualTo("Apache-2.0"), id);
                    Assert.That(Element("readme"), Is.EqualTo("README.md"), id);
                    Assert.That(package.GetEntry("README.md"), Is.Not.Null, id);
                    // Its own short README, not the repository's: titled with the package, no relative links (they
                    // break on nuget.org), the full documentation by absolute URL.
                    var readme = ReadEntry(package, "README.md");
                    Assert.That(readme, Does.StartWith("# " + readmeId + "\n").Or.StartWith("# " + readmeId + ":"), id + ": README title");
                    Assert.That(Regex.Matches(readme, @"\]\((?!https://)[^)]*\)").Select(m => m.Value), Is.Empty, id + ": relative links in the README");
                    // No public home yet: no placeholder link anywhere a reader follows, and the README says where the package comes from.
                    Assert.That(readme, Does.Not.Contain("github.com/letta-generated"), id + ": README names the placeholder URL");
                    Assert.That(readme, Does.Contain("Where it comes from: this package is not on nuget.org"), id);
                    Assert.That(readme, Does.Contain("dotnet pack Letta.Generated.sln -c Release -o nupkg"), id);
                    Assert.That(Element("projectUrl"), Is.Null, id + ": projectUrl (the package page's home link)");
                    Assert.That((string?)repository.Attribute("url"), Does.StartWith("https://"), id);
                    Assert.That((string?)repository.Attribute("commit"), Does.Match("^[0-9a-f]{40}$"), id + ": the commit SourceLink points at");
                    // The pointer package holds no code (it names the RID packages); the native one holds an executable.
                    var code = package.Entries.Where(e => (e.FullName.EndsWith(".dll", StringComparison.Ordinal) || e.FullName == NativeExecutable)
                        && (e.FullName.StartsWith("lib/", StringComparison.Ordinal) || e.FullName.StartsWith("tools/", StringComparison.Ordinal)));
                    Assert.That(code, id == ToolPackage ? Is.Empty : Is.Not.Empty, id + ": lib/ or tools/ code");
                    foreach (var dll in package.Entries.Where(e => e.FullName.StartsWith("lib/", StringComparison.Ordinal) && e.FullName.EndsWith($"/{id}.dll", StringComparison.Ordinal)))
                    {
                        Assert.That(package.GetEntry(Path.ChangeExtension(dll.FullName, ".xml")), Is.Not.Null, $"{dll.FullName}: XML docs");
                    }
                });
                Assert.That(File.Exists(Path.Combine(_packages, $"{id}.{_version}.snupkg")), Is.EqualTo(id != ToolPackage), $"{id}: symbol package (none for the pointer, which has no code)");
            }

            using var library = ZipFile.OpenRead(Path.Combine(_packages, $"Letta.Generated.{_version}.nupkg"));
            var frameworks = library.Entries.Where(e => e.FullName.EndsWith("/Letta.Generated.dll", StringComparison.Ordinal)).Select(e => e.FullName.Split('/')[1]);
            Assert.That(frameworks, Is.EquivalentTo(new[] { "netstandard2.0", "net8.0", "net10.0" }));
        }

        [Test]
        public void Symbols_carry_SourceLink_and_deterministic_CI_paths()
        {
            using var symbols = ZipFile.OpenRead(Path.Combine(_packages, $"Letta.Generated.{_version}.snupkg"));
            using var pdbStream = new MemoryStream();
            symbols.GetEntry("lib/net10.0/Letta.Generated.pdb")!.Open().CopyTo(pdbStream);
            pdbStream.Position = 0;
            using var provider = MetadataReaderProvider.FromPortablePdbStream(pdbStream);
            var pdb = provider.GetMetadataReader();

            var sourceLink = pdb.CustomDebugInformation
                .Select(pdb.GetCustomDebugInformation)
                .Where(c => pdb.GetGuid(c.Kind) == SourceLinkKind)
                .Select(c => Encoding.UTF8.GetString(pdb.GetBlobBytes(c.Value)))
                .SingleOrDefault();
            Assert.That(sourceLink, Does.Contain("https://raw.githubusercontent.com/"), "SourceLink JSON");

            var documents = pdb.Documents.Select(d => pdb.GetString(pdb.GetDocument(d).Name)).ToList();
            Assert.That(documents.Where(d => !d.StartsWith("/_/", StringComparison.Ordinal)), Is.Empty, "CI=true maps source paths to /_/ (ContinuousIntegrationBuild)");
        }

        [Test]
        public void A_new_console_app_installs_the_packages_and_lists_the_simulators_batches()
        {
            // SeedCount counts listed batches: all 230 come back, over six pages of 40.
            const int seeded = 230;
            var (app, environment) = NewConsoleApp("app", "Letta.Generated", "Letta.Generated.Testing");
            File.WriteAllText(Path.Combine(app, "Program.cs"), $$"""
                using Letta.Generated;
                using Letta.Generated.Simulator;
                using Letta.Generated.Testing;

                using var letta = LettaSimulator.Start(new LettaSimulatorOptions { SeedCount = {{seeded}} });
                using var client = new LettaClient(new LettaClientOptions(_ => null) { BaseUrl = letta.BaseUrl });
                var count = 0;
                await foreach (var batch in client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = 40 }))
                {
                    count++;
                }

                Console.WriteLine($"listed {count} batches in {letta.RequestCount} requests");
                """);

            var run = Dotnet.MustSucceed(app, new[] { "run" }, TimeSpan.FromMinutes(4), environment);
            Assert.That(run.Output, Does.Contain("listed 230 batches in "), run.Output);
        }

        [Test]
        public void The_simulator_core_package_depends_on_nothing_but_newtonsoft_json()
        {
            var core = Nuspec("Letta.Generated.Simulator");
            var testing = Nuspec("Letta.Generated.Testing");

            Assert.That(Dependencies(core).Distinct(), Is.EqualTo(new[] { "Newtonsoft.Json" }));
            Assert.That(core.Descendants().Where(e => e.Name.LocalName == "frameworkReference"), Is.Empty, "no ASP.NET Core shared framework");
            Assert.That(Dependencies(testing), Does.Contain("Letta.Generated.Simulator").And.Contain("WireMock.Net.Minimal"));
        }

        [Test]
        public void A_console_app_with_only_the_simulator_core_lists_in_process_and_carries_no_WireMock_or_AspNetCore()
        {
            var (app, environment) = NewConsoleApp("core-app", "Letta.Generated.Simulator");
            File.WriteAllText(Path.Combine(app, "Program.cs"), """
                using Letta.Generated.Simulator;

                using var letta = new SimulatedLettaServer(new LettaSimulatorOptions { SeedCount = 25, UnlistedSeedCount = 5 });
                using var http = letta.CreateHttpClient();
                var json = await http.GetStringAsync("v1/messages/batches?limit=0");
                Console.WriteLine($"listed {Newtonsoft.Json.Linq.JArray.Parse(json).Count} batches in-process, HTTP {letta.Requests[0].StatusCode}");
                """);

            var run = Dotnet.MustSucceed(app, new[] { "run" }, TimeSpan.FromMinutes(4), environment);

            Assert.That(run.Output, Does.Contain("listed 25 batches in-process, HTTP 200"), run.Output);
            var output = Path.Combine(app, "bin", "Debug", "net10.0");
            var assemblies = Directory.GetFiles(output, "*.dll").Select(Path.GetFileName).ToList();
            Assert.That(assemblies, Has.None.StartWith("WireMock").And.None.StartWith("Microsoft.AspNetCore"), string.Join(", ", assemblies));
            Assert.That(File.ReadAllText(Path.Combine(output, "LettaConsumer.runtimeconfig.json")), Does.Not.Contain("Microsoft.AspNetCore.App"));
        }

        [Test]
        public void The_any_tool_package_names_only_the_dotnet_runtime_and_keeps_its_defaults()
        {
            using var package = ZipFile.OpenRead(Path.Combine(_packages, $"Letta.Generated.Cli.any.{_version}.nupkg"));
            using var config = JsonDocument.Parse(package.GetEntry("tools/net10.0/any/letta-batches.runtimeconfig.json")!.Open());
            var options = config.RootElement.GetProperty("runtimeOptions");

            Assert.That(options.GetProperty("framework").GetProperty("name").GetString(), Is.EqualTo("Microsoft.NETCore.App"));
            Assert.That(options.TryGetProperty("frameworks", out _), Is.False, "one framework only: no ASP.NET Core");
            var settings = options.TryGetProperty("configProperties", out var properties) ? properties.EnumerateObject().Select(p => p.Name).ToList() : new List<string>();
            Assert.That(settings, Has.None.Contains("TieredCompilation").And.None.Contains("TieredPGO").And.None.StartsWith("System.GC."), "runtime defaults: " + string.Join(", ", settings));
        }

        [Test]
        public void The_tool_pointer_package_names_a_native_linux_x64_package_and_an_any_package_for_every_other_platform()
        {
            using var pointer = ZipFile.OpenRead(Path.Combine(_packages, $"Letta.Generated.Cli.{_version}.nupkg"));
            var settings = XDocument.Load(pointer.GetEntry("tools/any/any/DotnetToolSettings.xml")!.Open());
            var rids = settings.Descendants().Where(e => e.Name.LocalName == "RuntimeIdentifierPackage")
                .Select(e => ((string)e.Attribute("RuntimeIdentifier")!, (string)e.Attribute("Id")!)).ToList();
            Assert.That(rids, Is.EquivalentTo(new[] { ("linux-x64", "Letta.Generated.Cli.linux-x64"), ("any", "Letta.Generated.Cli.any") }));

            using var native = ZipFile.OpenRead(Path.Combine(_packages, $"Letta.Generated.Cli.linux-x64.{_version}.nupkg"));
            var tools = native.Entries.Where(e => e.FullName.StartsWith("tools/", StringComparison.Ordinal)).Select(e => e.FullName).ToList();
            Assert.That(tools, Does.Contain(NativeExecutable), "one native executable");
            Assert.That(tools, Has.None.EndsWith(".dll").And.None.EndsWith(".dbg").And.None.EndsWith("letta-batches.xml").And.None.EndsWith("Letta.Generated.xml"), "no assemblies, no native debug file, no XML docs: " + string.Join(", ", tools));
            using var executable = native.GetEntry(NativeExecutable)!.Open();
            var magic = new byte[4];
            executable.ReadExactly(magic);
            Assert.That(magic, Is.EqualTo(new byte[] { 0x7f, (byte)'E', (byte)'L', (byte)'F' }), "an ELF executable, not a managed assembly");
        }

        [Test]
        public void The_native_executable_carries_its_two_GC_settings_a_1_MiB_gen1_budget_and_1_MiB_regions()
        {
            // ILC compiles the project's --runtimeopt items into the executable as a table of names, then values
            // (bare hexadecimal: 0x100000 bytes). The runtime's own list of settings names GCGen1MaxBudget too, but
            // never next to GCRegionSize.
            using var native = ZipFile.OpenRead(Path.Combine(_packages, $"Letta.Generated.Cli.linux-x64.{_version}.nupkg"));
            using var executable = new MemoryStream();
            native.GetEntry(NativeExecutable)!.Open().CopyTo(executable);

            var embedded = Encoding.ASCII.GetBytes("GCGen1MaxBudget\0GCRegionSize\0100000\0");
            Assert.That(executable.ToArray().AsSpan().IndexOf(embedded), Is.GreaterThanOrEqualTo(0), "the IlcArg runtime options of Letta.Generated.Cli.csproj");
        }

        [Test]
        public void The_any_tool_package_carries_the_simulator_core_and_no_WireMock_AspNetCore_or_build_time_tool()
        {
            using var package = ZipFile.OpenRead(Path.Combine(_packages, $"Letta.Generated.Cli.any.{_version}.nupkg"));
            var assemblies = package.Entries.Where(e => e.FullName.StartsWith("tools/", StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.Ordinal)).Select(e => e.Name).ToList();

            Assert.That(assemblies, Does.Contain("letta-batches.dll").And.Contain("Letta.Generated.dll").And.Contain("Letta.Generated.Simulator.dll"));
            Assert.That(assemblies, Has.None.StartWith("WireMock").And.None.StartWith("Microsoft.AspNetCore").And.None.StartWith("Spectre"), string.Join(", ", assemblies));
            var files = package.Entries.Where(e => e.FullName.StartsWith("tools/", StringComparison.Ordinal)).Select(e => e.Name).ToList();
            Assert.That(files, Has.None.StartWith("Letta.Generated.OpenApiPreparation"), "the library's build-time spec preparer is not part of the tool");
        }

        [Test]
        [Platform(Include = "Linux")]
        public void The_installed_tool_is_native_on_linux_x64_and_lists_the_demo_in_every_format_and_a_real_server()
        {
            if (RuntimeInformation.RuntimeIdentifier != "linux-x64") Assert.Ignore("the native package is built for linux-x64 only");
            var tools = _consumer.Combine("tools");
            Dotnet.MustSucceed(_consumer.Path, new[]
            {
                "tool", "install", "Letta.Generated.Cli", "--tool-path", tools, "--version", _version, "--add-source", _packages, "--ignore-failed-sources",
            }, TimeSpan.FromMinutes(3), new Dictionary<string, string> { ["NUGET_PACKAGES"] = _consumer.Combine("packages") });
            var installed = new FileInfo(Path.Combine(tools, "letta-batches")).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.Combine(tools, "letta-batches");
            Assert.That(installed, Does.Contain("letta.generated.cli.linux-x64"), "dotnet tool install picked the native package");
            Assert.That(File.ReadAllBytes(installed).Take(4), Is.EqualTo(new byte[] { 0x7f, (byte)'E', (byte)'L', (byte)'F' }), "a native executable");
            // No .NET at all: a native tool needs no runtime, so DOTNET_ROOT points at an empty folder.
            var noDotnet = _consumer.Combine("no-dotnet");
            Directory.CreateDirectory(noDotnet);
            using var letta = LettaSimulator.Start(new LettaSimulatorOptions { SeedCount = 23 });

            // The demo's 40 listed batches in every format, each in its own shape.
            var outputs = Formats.ToDictionary(format => format, format => RunTool(tools, noDotnet, "--demo", "--format", format));
            var real = RunTool(tools, noDotnet, "--base-url", letta.BaseUrl.ToString(), "--format", "count", "--page-size", "10");

            Assert.Multiple(() =>
            {
                Assert.That(outputs.Values.Select(o => o.ExitCode), Is.All.EqualTo(0));
                Assert.That(outputs["count"].Stdout, Is.EqualTo("40\n"));
                Assert.That(Lines(outputs["jsonl"].Stdout).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).Distinct().Count(), Is.EqualTo(40), "jsonl: 40 distinct batches");
                Assert.That(JsonDocument.Parse(outputs["json"].Stdout).RootElement.GetArrayLength(), Is.EqualTo(40), "json: one array of 40");
                Assert.That(Lines(outputs["table"].Stdout), Has.Count.EqualTo(41), "table: a header and 40 rows");
                Assert.That(Lines(outputs["table"].Stdout)[0], Does.StartWith("ID ").And.Contain("STATUS"), "table header");
                Assert.That(Lines(outputs["table"].Stdout).Skip(1), Is.All.StartWith("job-"), "table rows start with the batch id");
                Assert.That(Lines(outputs["csv"].Stdout)[0], Does.StartWith("id,status,stop_reason,"), "csv header");
                Assert.That(Lines(outputs["csv"].Stdout), Has.Count.EqualTo(41), "csv: a header and 40 rows");
                Assert.That(real, Is.EqualTo((0, "23\n")), "letta-batches --base-url <loopback simulator> --format count");
                Assert.That(letta.RequestCount, Is.EqualTo(3));
            });
        }

        [Test]
        [Platform(Exclude = "Win")]
        public void The_any_package_runs_with_only_the_dotnet_runtime_where_there_is_no_native_package()
        {
            // Every platform but linux-x64 installs Letta.Generated.Cli.any: framework-dependent, run by the .NET 10
            // runtime. Run it as its tool settings say (dotnet letta-batches.dll) under a .NET root that holds only
            // Microsoft.NETCore.App (links into the real one): a tool that needed ASP.NET Core would fail to start.
            var folder = _consumer.Combine("any-package");
            ZipFile.ExtractToDirectory(Path.Combine(_packages, $"Letta.Generated.Cli.any.{_version}.nupkg"), folder);
            var settings = XDocument.Load(Path.Combine(folder, "tools", "net10.0", "any", "DotnetToolSettings.xml"));
            var command = settings.Descendants().Single(e => e.Name.LocalName == "Command");
            Assert.That(((string?)command.Attribute("Name"), (string?)command.Attribute("EntryPoint"), (string?)command.Attribute("Runner")), Is.EqualTo(("letta-batches", "letta-batches.dll", "dotnet")));
            var runtimeOnly = RuntimeOnlyRoot(_consumer.Combine("runtime-only"));

            var demo = Run(Path.Combine(runtimeOnly, "dotnet"), runtimeOnly, Path.Combine(folder, "tools", "net10.0", "any", "letta-batches.dll"), "--demo", "--count-only");

            Assert.That(demo, Is.EqualTo((0, "40\n")), "dotnet letta-batches.dll --demo --count-only");
        }

        private static List<string> Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();

        private static string RuntimeOnlyRoot(string root)
        {
            // .../shared/Microsoft.NETCore.App/<version>/ is where this test runs from; the root is three levels up.
            var real = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
            Directory.CreateDirectory(Path.Combine(root, "shared"));
            Directory.CreateDirectory(Path.Combine(root, "host"));
            Directory.CreateSymbolicLink(Path.Combine(root, "host", "fxr"), Path.Combine(real, "host", "fxr"));
            Directory.CreateSymbolicLink(Path.Combine(root, "shared", "Microsoft.NETCore.App"), Path.Combine(real, "shared", "Microsoft.NETCore.App"));
            File.CreateSymbolicLink(Path.Combine(root, "dotnet"), Path.Combine(real, "dotnet"));
            return root;
        }

        // What `dotnet tool install` put on the tool path, with DOTNET_ROOT pointing at the given root.
        private static (int ExitCode, string Stdout) RunTool(string tools, string dotnetRoot, params string[] args) =>
            Run(Path.Combine(tools, "letta-batches"), dotnetRoot, args);

        private static (int ExitCode, string Stdout) Run(string executable, string dotnetRoot, params string[] args)
        {
            var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in args) start.ArgumentList.Add(arg);
            start.Environment["DOTNET_ROOT"] = dotnetRoot;
            foreach (var name in new[] { "LETTA_API_KEY", "LETTA_BASE_URL", "LETTA_CUSTOM_HEADERS", "DOTNET_ROLL_FORWARD" }) start.Environment.Remove(name);
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(60_000))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("letta-batches " + string.Join(" ", args) + " did not finish within 60 s");
            }

            TestContext.Progress.WriteLine("letta-batches " + string.Join(" ", args) + ": exit " + process.ExitCode + "\n" + stderr.Result);
            return (process.ExitCode, stdout);
        }

        [Test]
        public void Every_csharp_block_of_every_README_compiles_as_shown_against_the_packed_packages()
        {
            // Each block is the Program.cs of a new console app (implicit usings on, as `dotnet new console` makes it),
            // with the packages a reader would add; one build of them all.
            var snippets = ReadmeSnippets.All();
            Assert.That(snippets, Has.Count.GreaterThanOrEqualTo(10), "the READMEs' C# blocks");
            var root = _consumer.Combine("readme-snippets");
            Directory.CreateDirectory(root);
            File.WriteAllText(Path.Combine(root, "nuget.config"), NuGetConfig());
            var projects = new List<string>();
            for (var i = 0; i < snippets.Count; i++)
            {
                var project = Path.Combine(root, "snippet" + i);
                Directory.CreateDirectory(project);
                File.WriteAllText(Path.Combine(project, "Program.cs"), "// " + snippets[i].Name + "\n" + snippets[i].Code);
                File.WriteAllText(Path.Combine(project, "snippet" + i + ".csproj"), $$"""
                    <Project Sdk="Microsoft.NET.Sdk">
                      <PropertyGroup>
                        <OutputType>Exe</OutputType>
                        <TargetFramework>net10.0</TargetFramework>
                        <ImplicitUsings>enable</ImplicitUsings>
                        <Nullable>enable</Nullable>
                        <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
                      </PropertyGroup>
                      <ItemGroup>
                        <PackageReference Include="Letta.Generated" Version="{{_version}}" />
                        <PackageReference Include="Letta.Generated.DependencyInjection" Version="{{_version}}" />
                        <PackageReference Include="Letta.Generated.Testing" Version="{{_version}}" />
                        <PackageReference Include="Letta.Generated.Simulator" Version="{{_version}}" />
                        <PackageReference Include="OpenTelemetry.Exporter.OpenTelemetryProtocol" Version="1.20.1" />
                      </ItemGroup>
                    </Project>
                    """);
                projects.Add("snippet" + i + "/snippet" + i + ".csproj");
            }

            File.WriteAllText(Path.Combine(root, "snippets.slnx"), "<Solution>\n" + string.Concat(projects.Select(p => "  <Project Path=\"" + p + "\" />\n")) + "</Solution>\n");
            var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = _consumer.Combine("packages") };
            var build = Dotnet.Run(root, new[] { "build", "snippets.slnx", "-nologo", "-clp:ErrorsOnly", "-nodeReuse:false" }, TimeSpan.FromMinutes(6), environment);

            var failing = snippets.Select((snippet, i) => (snippet.Name, Marker: "snippet" + i + "/Program.cs"))
                .Where(s => build.Output.Contains(s.Marker, StringComparison.Ordinal))
                .Select(s => s.Name)
                .ToList();
            Assert.That(failing, Is.Empty, "README blocks that do not compile as shown:\n" + build.Output);
            Assert.That(build.ExitCode, Is.EqualTo(0), build.Output);
        }

        // A brand-new console app that installs the given packages from the packed folder, as a new user would.
        private (string App, Dictionary<string, string> Environment) NewConsoleApp(string name, params string[] packageIds)
        {
            var app = _consumer.Combine(name);
            var environment = new Dictionary<string, string>
            {
                // The consumer's own package folder, so the packed version never lands in the user's cache;
                // everything else comes from that cache (a fallback folder) or the normal source.
                ["NUGET_PACKAGES"] = _consumer.Combine("packages"),
            };

            Dotnet.MustSucceed(_consumer.Path, new[] { "new", "console", "-o", app, "-n", "LettaConsumer", "--framework", "net10.0", "--no-update-check" }, TimeSpan.FromMinutes(2), environment);
            File.WriteAllText(Path.Combine(app, "nuget.config"), NuGetConfig());
            foreach (var id in packageIds)
            {
                Dotnet.MustSucceed(app, new[] { "add", "package", id, "--version", _version, "--no-restore" }, TimeSpan.FromMinutes(2), environment);
            }

            return (app, environment);
        }

        // The packed folder as a source, the user's cache as a fallback folder (the normal source stays on).
        private string NuGetConfig()
        {
            var userCache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            return $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="letta-local" value="{_packages}" />
                  </packageSources>
                  <fallbackPackageFolders>
                    <add key="user-cache" value="{userCache}" />
                  </fallbackPackageFolders>
                </configuration>
                """;
        }

        private XElement Nuspec(string id)
        {
            using var package = ZipFile.OpenRead(Path.Combine(_packages, $"{id}.{_version}.nupkg"));
            return XDocument.Load(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open()).Root!;
        }

        private static string ReadEntry(ZipArchive package, string name)
        {
            using var reader = new StreamReader(package.GetEntry(name)!.Open(), Encoding.UTF8);
            return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
        }

        private static IEnumerable<string> Dependencies(XElement nuspec) =>
            nuspec.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => (string)e.Attribute("id")!);
    }
}
