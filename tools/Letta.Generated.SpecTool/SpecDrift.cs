using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Newtonsoft.Json.Linq;

namespace Letta.Generated.SpecTool
{
    /// <summary>A documented, deliberate difference between upstream and the fragment (openapi/deviations.json).</summary>
    internal sealed record Deviation(string Fact, string? Upstream, string? Fragment, string Reason);

    /// <summary>
    /// Compares the wire-level facts of upstream's pinned copy with the fragment's. A difference passes only when
    /// openapi/deviations.json lists that fact with exactly these two values; a listed deviation that no longer
    /// matches fails too, so the list never goes stale.
    /// </summary>
    internal static class SpecDrift
    {
        public static IReadOnlyList<Deviation> LoadDeviations(JObject file) =>
            (file["deviations"] as JArray ?? new JArray())
                .Select(d => new Deviation(
                    (string?)d["fact"] ?? throw new InvalidOperationException("A deviation has no 'fact'."),
                    (string?)d["upstream"],
                    (string?)d["fragment"],
                    (string?)d["reason"] ?? throw new InvalidOperationException($"Deviation '{d["fact"]}' has no 'reason'.")))
                .ToList();

        /// <summary>Returns an empty string when the documents agree up to the documented deviations, else a readable report.</summary>
        public static string Compare(JObject upstream, JObject fragment, IReadOnlyList<Deviation> deviations)
        {
            var theirs = SpecFacts.Of(upstream);
            var ours = SpecFacts.Of(fragment);
            var documented = deviations.ToDictionary(d => d.Fact, StringComparer.Ordinal);
            var used = new HashSet<string>(StringComparer.Ordinal);

            var upstreamOnly = new List<string>();
            var fragmentOnly = new List<string>();
            var changed = new List<string>();
            foreach (var fact in theirs.Keys.Union(ours.Keys).OrderBy(k => k, StringComparer.Ordinal))
            {
                theirs.TryGetValue(fact, out var u);
                ours.TryGetValue(fact, out var f);
                if (u == f)
                {
                    continue;
                }

                if (documented.TryGetValue(fact, out var deviation) && deviation.Upstream == u && deviation.Fragment == f)
                {
                    used.Add(fact);
                    continue;
                }

                if (f is null)
                {
                    upstreamOnly.Add($"  {fact} = {u}");
                }
                else if (u is null)
                {
                    fragmentOnly.Add($"  {fact} = {f}");
                }
                else
                {
                    changed.Add($"  {fact}: upstream {u}, fragment {f}");
                }
            }

            var stale = deviations.Where(d => !used.Contains(d.Fact))
                .Select(d => $"  {d.Fact}: documented upstream {d.Upstream ?? "(absent)"}, fragment {d.Fragment ?? "(absent)"}; now upstream {Value(theirs, d.Fact)}, fragment {Value(ours, d.Fact)}")
                .ToList();

            var report = new StringBuilder();
            Section(report, "Upstream has these, the fragment lacks them (add them to openapi/letta-list-batches.openapi.json):", upstreamOnly);
            Section(report, "The fragment has these, upstream lacks them:", fragmentOnly);
            Section(report, "Both have these, with different values:", changed);
            Section(report, "Documented deviations (openapi/deviations.json) that no longer match; update or remove them:", stale);
            if (report.Length > 0)
            {
                report.AppendLine("A deliberate difference passes once openapi/deviations.json lists its fact, both values (null for absent) and the reason.");
            }

            return report.ToString();
        }

        private static string Value(IDictionary<string, string> facts, string fact) =>
            facts.TryGetValue(fact, out var value) ? value : "(absent)";

        private static void Section(StringBuilder report, string title, List<string> lines)
        {
            if (lines.Count == 0)
            {
                return;
            }

            report.AppendLine(title);
            foreach (var line in lines)
            {
                report.AppendLine(line);
            }
        }
    }
}
