using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Letta.Generated.SpecTool
{
    /// <summary>What <c>refresh-upstream</c> was asked to do.</summary>
    internal sealed record RefreshRequest(string Source, string? Commit, string? Note);

    /// <summary>What a refresh did: the file it (re)wrote or left alone, where the copy says it came from, and any hint.</summary>
    internal sealed record RefreshResult(string Target, bool Changed, UpstreamOrigin Origin, string? Hint);

    /// <summary>
    /// <c>refresh-upstream &lt;url-or-file&gt; [--commit &lt;id&gt;] [--note &lt;text&gt;]</c>: re-pins
    /// openapi/upstream/list-batches.openapi.json. The file is rewritten only when its bytes change, so a refresh from
    /// the same commit leaves no diff; without <c>--note</c>, a refresh from the origin the copy already names keeps
    /// its note.
    /// </summary>
    internal static class UpstreamRefresh
    {
        public const string Usage = "refresh-upstream <url-or-file> [--commit <40-hex id>] [--note <text>]";

        public static RefreshRequest Parse(IReadOnlyList<string> args)
        {
            string? source = null, commit = null, note = null;
            for (var i = 0; i < args.Count; i++)
            {
                switch (args[i])
                {
                    case "--commit" when i + 1 < args.Count && commit is null:
                        commit = args[++i];
                        break;
                    case "--note" when i + 1 < args.Count && note is null:
                        note = args[++i];
                        break;
                    case var value when !value.StartsWith("--", StringComparison.Ordinal) && source is null:
                        source = value;
                        break;
                    default:
                        throw new ArgumentException($"unexpected argument '{args[i]}'; usage: {Usage}");
                }
            }

            return new RefreshRequest(source ?? throw new ArgumentException("usage: " + Usage), commit, note);
        }

        public static async Task<RefreshResult> RunAsync(
            string root, RefreshRequest request, Func<Uri, CancellationToken, Task<string>> download, CancellationToken cancellationToken)
        {
            UpstreamOrigin origin;
            string json;
            if (Uri.TryCreate(request.Source, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                if (request.Commit is not null)
                {
                    throw new ArgumentException("--commit is for a local file; a URL names its own commit.");
                }

                origin = UpstreamOrigin.FromUrl(uri);
                json = await download(uri, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                origin = UpstreamOrigin.LocalFile(request.Commit);
                json = await File.ReadAllTextAsync(request.Source, cancellationToken).ConfigureAwait(false);
            }

            var document = JsonFiles.Parse(json);
            var target = RepositoryLayout.Upstream(root);
            var before = File.Exists(target) ? await File.ReadAllTextAsync(target, cancellationToken).ConfigureAwait(false) : null;
            var existingSource = before is null ? null : JsonFiles.Parse(before)["_source"];
            var note = request.Note ?? (origin.Matches(existingSource) ? (string?)existingSource!["note"] : null);

            var text = JsonFiles.Format(UpstreamExtractor.Extract(document, origin, note));
            var changed = before != text;
            if (changed)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                JsonFiles.WriteText(target, text);
            }

            string? hint = null;
            if (request.Commit is null && origin.Commit is null && (string?)document["_source"]?["commit"] is { } recorded)
            {
                hint = $"the file says it is a copy of {(string?)document["_source"]?["repo"]}@{recorded}; pass --commit {recorded} to record that.";
            }

            return new RefreshResult(target, changed, origin, hint);
        }
    }
}
