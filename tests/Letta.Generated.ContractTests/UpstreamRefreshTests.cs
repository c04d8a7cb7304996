using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.ContractTests.Support;
using Letta.Generated.SpecTool;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Letta.Generated.ContractTests
{
    /// <summary>
    /// <c>SpecTool refresh-upstream</c>, the way openapi/README.md tells a maintainer to re-pin
    /// openapi/upstream/list-batches.openapi.json: from a commit URL or a local file, recording where the copy came from
    /// without any local path, and leaving the committed file byte for byte alone when nothing changed. Runs against a
    /// temporary folder laid out like the repository; nothing is downloaded.
    /// </summary>
    [TestFixture]
    public sealed class UpstreamRefreshTests
    {
        // The commit the copy is pinned to: letta-ai/letta v0.16.7, the last code commit before the repository was archived.
        private const string PinnedCommit = "f33324768950e6752f80d6c725873cc92d22f8b2";
        private const string PinnedUrl = "https://raw.githubusercontent.com/letta-ai/letta/" + PinnedCommit + "/fern/openapi.json";
        private const string OtherCommit = "0123456789abcdef0123456789abcdef01234567";
        private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

        [Test]
        public void The_committed_upstream_copy_is_written_exactly_as_the_refresh_tool_writes_it()
        {
            var committed = File.ReadAllText(Repository.Upstream);
            Assert.That(JsonFiles.Format(JsonFiles.Parse(committed)), Is.EqualTo(committed), "indentation, line ends and the final newline must match the writer");
        }

        [Test]
        public async Task A_refresh_from_the_pinned_commit_url_that_changes_nothing_leaves_no_diff()
        {
            using var repo = RepositoryWithPinnedCopy();
            var committed = File.ReadAllBytes(Repository.Upstream);

            var result = await RefreshAsync(repo.Path, new[] { PinnedUrl }, FullUpstreamDocument().ToString());

            Assert.That(result.Changed, Is.False);
            Assert.That(File.ReadAllBytes(UpstreamIn(repo.Path)), Is.EqualTo(committed));
        }

        [Test]
        public async Task A_refresh_from_a_local_copy_of_the_pinned_commit_that_changes_nothing_leaves_no_diff()
        {
            using var repo = RepositoryWithPinnedCopy();
            var committed = File.ReadAllBytes(Repository.Upstream);
            var local = Path.Combine(repo.Path, "downloads", "openapi.json");
            Directory.CreateDirectory(Path.GetDirectoryName(local)!);
            File.WriteAllText(local, FullUpstreamDocument().ToString());

            var result = await RefreshAsync(repo.Path, new[] { local, "--commit", PinnedCommit }, download: null);

            Assert.That(result.Changed, Is.False);
            Assert.That(File.ReadAllBytes(UpstreamIn(repo.Path)), Is.EqualTo(committed));
        }

        [Test]
        public async Task A_refresh_from_an_already_extracted_copy_of_the_pinned_commit_leaves_no_diff()
        {
            // Such as /work/shared/upstream/list-batches.openapi.json: the operation and its schemas, with upstream's
            // openapi/info/servers in _source.
            using var repo = RepositoryWithPinnedCopy();
            var committed = File.ReadAllBytes(Repository.Upstream);
            var local = Path.Combine(repo.Path, "extracted.json");
            File.Copy(Repository.Upstream, local);

            var result = await RefreshAsync(repo.Path, new[] { local, "--commit", PinnedCommit }, download: null);

            Assert.That(result.Changed, Is.False);
            Assert.That(File.ReadAllBytes(UpstreamIn(repo.Path)), Is.EqualTo(committed));
        }

        [Test]
        public async Task A_refresh_from_a_local_file_records_that_it_came_from_a_local_file_and_no_path()
        {
            using var repo = new TempDirectory("letta-refresh");
            var local = Path.Combine(repo.Path, "maintainer-downloads", "letta-openapi.json");
            Directory.CreateDirectory(Path.GetDirectoryName(local)!);
            File.WriteAllText(local, FullUpstreamDocument().ToString());

            await RefreshAsync(repo.Path, new[] { local, "--note", "from a release tarball" }, download: null);

            var text = File.ReadAllText(UpstreamIn(repo.Path));
            var source = (JObject)JsonFiles.Parse(text)["_source"]!;
            Assert.That(source.Properties().Select(p => p.Name), Is.EqualTo(new[] { "from", "note", "openapi", "info", "servers" }));
            Assert.That((string?)source["from"], Is.EqualTo("local file"));
            Assert.That((string?)source["note"], Is.EqualTo("from a release tarball"));
            Assert.That(text, Does.Not.Contain(repo.Path).And.Not.Contain("maintainer-downloads").And.Not.Contain("letta-openapi.json").And.Not.Contain(Path.GetTempPath()));
        }

        [Test]
        public async Task A_refresh_from_a_local_file_of_a_known_commit_records_upstreams_repo_commit_and_path()
        {
            using var repo = new TempDirectory("letta-refresh");
            var local = Path.Combine(repo.Path, "openapi-full.json");
            File.WriteAllText(local, FullUpstreamDocument(infoVersion: "9.9.9").ToString());

            await RefreshAsync(repo.Path, new[] { local, "--commit", OtherCommit }, download: null);

            var source = (JObject)JsonFiles.Read(UpstreamIn(repo.Path))["_source"]!;
            Assert.That(source.Properties().Select(p => p.Name), Is.EqualTo(new[] { "repo", "commit", "path", "note", "openapi", "info", "servers" }));
            Assert.That((string?)source["repo"], Is.EqualTo("letta-ai/letta"));
            Assert.That((string?)source["commit"], Is.EqualTo(OtherCommit));
            Assert.That((string?)source["path"], Is.EqualTo("fern/openapi.json"));
            Assert.That((string?)source["note"], Is.EqualTo("verbatim extraction by tools/Letta.Generated.SpecTool refresh-upstream"));
            Assert.That((string?)source["info"]!["version"], Is.EqualTo("9.9.9"));
        }

        [Test]
        public async Task A_refresh_from_another_commit_does_not_keep_the_old_note_and_a_given_note_replaces_it()
        {
            using var repo = RepositoryWithPinnedCopy();

            await RefreshAsync(repo.Path, new[] { "https://raw.githubusercontent.com/letta-ai/letta/" + OtherCommit + "/fern/openapi.json" }, FullUpstreamDocument().ToString());
            Assert.That((string?)JsonFiles.Read(UpstreamIn(repo.Path))["_source"]!["note"], Is.EqualTo("verbatim extraction by tools/Letta.Generated.SpecTool refresh-upstream"));

            await RefreshAsync(repo.Path, new[] { "https://raw.githubusercontent.com/letta-ai/letta/" + OtherCommit + "/fern/openapi.json", "--note", "v0.17 check" }, FullUpstreamDocument().ToString());
            Assert.That((string?)JsonFiles.Read(UpstreamIn(repo.Path))["_source"]!["note"], Is.EqualTo("v0.17 check"));
        }

        [Test]
        public async Task A_raw_GitHub_url_on_a_branch_is_refused_with_the_commit_url_to_use_instead()
        {
            using var repo = RepositoryWithPinnedCopy();
            var error = await Assert.ThrowsAsync<ArgumentException>(() =>
                RefreshAsync(repo.Path, new[] { "https://raw.githubusercontent.com/letta-ai/letta/archive/fern/openapi.json" }, FullUpstreamDocument().ToString()));
            Assert.That(error!.Message, Does.Contain("'archive'").And.Contain("https://raw.githubusercontent.com/letta-ai/letta/<40-hex commit id>/fern/openapi.json"));
            Assert.That(File.ReadAllBytes(UpstreamIn(repo.Path)), Is.EqualTo(File.ReadAllBytes(Repository.Upstream)), "nothing written");
        }

        [Test]
        public async Task A_local_copy_that_names_another_commit_than_the_one_given_is_refused()
        {
            using var repo = RepositoryWithPinnedCopy();
            var local = Path.Combine(repo.Path, "extracted.json");
            File.Copy(Repository.Upstream, local);

            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => RefreshAsync(repo.Path, new[] { local, "--commit", OtherCommit }, download: null));

            Assert.That(error!.Message, Does.Contain(PinnedCommit).And.Contain(OtherCommit));
        }

        [Test]
        public void A_url_with_a_query_is_recorded_without_it()
        {
            var origin = UpstreamOrigin.FromUrl(new Uri("https://mirror.example/letta/openapi.json?token=s3cr3t#top"));
            Assert.That(origin, Is.EqualTo(new UpstreamOrigin(null, null, null, "https://mirror.example/letta/openapi.json")));
        }

        [Test]
        public void The_refresh_command_documented_in_openapi_README_names_the_pinned_commit()
        {
            var readme = File.ReadAllText(Repository.Path("openapi", "README.md"));
            var command = Regex.Match(readme, @"SpecTool -- refresh-upstream \\?\s*(?<url>https://\S+)");
            Assert.That(command.Success, Is.True, "openapi/README.md shows the refresh command with a URL");

            var origin = UpstreamOrigin.FromUrl(new Uri(command.Groups["url"].Value));
            var pinned = JsonFiles.Read(Repository.Upstream)["_source"]!;
            Assert.That(origin.Commit, Is.EqualTo((string?)pinned["commit"]));
            Assert.That(origin.Repo, Is.EqualTo((string?)pinned["repo"]));
            Assert.That(origin.Path, Is.EqualTo((string?)pinned["path"]));
        }

        [Test]
        public void Refreshing_from_a_full_upstream_document_keeps_only_list_batches_and_the_schemas_it_references()
        {
            var pinned = JsonFiles.Read(Repository.Upstream);

            var extracted = UpstreamExtractor.Extract(FullUpstreamDocument(infoVersion: "9.9.9"), UpstreamOrigin.FromUrl(new Uri(PinnedUrl)));

            Assert.That(JToken.DeepEquals(extracted["paths"], pinned["paths"]), Is.True, "paths");
            Assert.That(JToken.DeepEquals(extracted["components"], pinned["components"]), Is.True, "components");
            Assert.That((string?)extracted["_source"]!["repo"], Is.EqualTo("letta-ai/letta"));
            Assert.That((string?)extracted["_source"]!["commit"], Is.EqualTo(PinnedCommit));
            Assert.That((string?)extracted["_source"]!["path"], Is.EqualTo("fern/openapi.json"));
            Assert.That((string?)extracted["_source"]!["info"]!["version"], Is.EqualTo("9.9.9"));
            Assert.That(extracted["_source"]!["retrieved_at"], Is.Null, "no time: a refresh that changes nothing must leave no diff");
        }

        // Upstream's full document as the pinned copy was cut from: its openapi/info/servers on top, the operation and
        // schemas, plus what a full document has besides (the POST on the same path, another path, an unrelated schema).
        private static JObject FullUpstreamDocument(string? infoVersion = null)
        {
            var pinned = JsonFiles.Read(Repository.Upstream);
            var source = (JObject)pinned["_source"]!;
            var full = new JObject
            {
                ["openapi"] = source["openapi"]!.DeepClone(),
                ["info"] = source["info"]!.DeepClone(),
                ["servers"] = source["servers"]!.DeepClone(),
                ["paths"] = pinned["paths"]!.DeepClone(),
                ["components"] = pinned["components"]!.DeepClone(),
            };
            if (infoVersion is not null)
            {
                full["info"]!["version"] = infoVersion;
            }

            full["paths"]!["/v1/messages/batches"]!["post"] = new JObject { ["operationId"] = "create_batch", ["responses"] = new JObject() };
            full["paths"]!["/v1/agents/"] = new JObject { ["get"] = new JObject { ["operationId"] = "list_agents", ["responses"] = new JObject() } };
            ((JObject)full["components"]!["schemas"]!).Add("AgentState", new JObject { ["type"] = "object" });
            return full;
        }

        private static TempDirectory RepositoryWithPinnedCopy()
        {
            var repo = new TempDirectory("letta-refresh");
            Directory.CreateDirectory(Path.GetDirectoryName(UpstreamIn(repo.Path))!);
            File.Copy(Repository.Upstream, UpstreamIn(repo.Path));
            return repo;
        }

        private static string UpstreamIn(string root) => RepositoryLayout.Upstream(root);

        private static async Task<RefreshResult> RefreshAsync(string root, string[] args, string? download)
        {
            using var timeout = new CancellationTokenSource(Limit);
            return await UpstreamRefresh.RunAsync(
                root,
                UpstreamRefresh.Parse(args),
                (uri, _) => download is null ? throw new AssertionException($"no download expected, asked for {uri}") : Task.FromResult(download),
                timeout.Token);
        }
    }
}
