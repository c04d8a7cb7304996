using System;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace Letta.Generated.SpecTool
{
    /// <summary>
    /// Where an upstream document came from, as the pinned copy's <c>_source</c> records it: a repository, commit and
    /// path when the commit is known, else a URL (without query or fragment) or just "local file". Never a local path
    /// (it says nothing to another clone and leaks the maintainer's machine) and never a time (git records when the copy
    /// changed; a time would make a refresh that changes nothing leave a diff).
    /// </summary>
    internal sealed record UpstreamOrigin(string? Repo, string? Commit, string? Path, string? From)
    {
        /// <summary>Upstream's repository and the path of its published OpenAPI document there.</summary>
        public const string DefaultRepo = "letta-ai/letta";
        public const string DefaultPath = "fern/openapi.json";
        public const string LocalFileLabel = "local file";

        private static readonly Regex RawGitHubUrl = new(
            @"^https://raw\.githubusercontent\.com/(?<repo>[^/]+/[^/]+)/(?<ref>[^/]+)/(?<path>.+)$",
            RegexOptions.CultureInvariant);

        private static readonly Regex CommitId = new("^[0-9a-f]{40}$", RegexOptions.CultureInvariant);

        /// <summary>
        /// A downloaded document. A raw GitHub URL must name a full commit id: a branch or tag moves, so the copy
        /// would not say what it is a copy of.
        /// </summary>
        public static UpstreamOrigin FromUrl(Uri url)
        {
            var plain = url.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
            var github = RawGitHubUrl.Match(plain);
            if (!github.Success)
            {
                return new UpstreamOrigin(null, null, null, plain);
            }

            var reference = github.Groups["ref"].Value;
            if (!CommitId.IsMatch(reference))
            {
                throw new ArgumentException(
                    $"'{reference}' in {plain} is a branch or tag, which moves; pin the copy to a commit: " +
                    $"https://raw.githubusercontent.com/{github.Groups["repo"].Value}/<40-hex commit id>/{github.Groups["path"].Value}");
            }

            return new UpstreamOrigin(github.Groups["repo"].Value, reference, github.Groups["path"].Value, null);
        }

        /// <summary>A document read from disk: upstream's file at <paramref name="commit"/> when given, else just a local file.</summary>
        public static UpstreamOrigin LocalFile(string? commit)
        {
            if (commit is null)
            {
                return new UpstreamOrigin(null, null, null, LocalFileLabel);
            }

            if (!CommitId.IsMatch(commit))
            {
                throw new ArgumentException($"--commit needs a full 40-hex commit id of {DefaultRepo}; got '{commit}'.");
            }

            return new UpstreamOrigin(DefaultRepo, commit, DefaultPath, null);
        }

        /// <summary>The identifying fields, in the order they are written at the top of <c>_source</c>.</summary>
        public void WriteTo(JObject source)
        {
            if (Commit is not null)
            {
                source["repo"] = Repo;
                source["commit"] = Commit;
                source["path"] = Path;
            }
            else
            {
                source["from"] = From;
            }
        }

        /// <summary>Whether a recorded <c>_source</c> names this same origin.</summary>
        public bool Matches(JToken? source) =>
            source is JObject recorded
            && (string?)recorded["repo"] == (Commit is null ? null : Repo)
            && (string?)recorded["commit"] == Commit
            && (string?)recorded["path"] == (Commit is null ? null : Path)
            && (string?)recorded["from"] == (Commit is null ? From : null);

        public override string ToString() => Commit is not null ? $"{Repo}@{Commit}:{Path}" : From ?? LocalFileLabel;
    }
}
