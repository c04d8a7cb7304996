using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Newtonsoft.Json.Linq;

namespace Letta.Generated.SpecTool
{
    /// <summary>
    /// Compares the wire-level facts (see <see cref="SpecFacts"/>) of upstream's pinned copy with the fragment's. A
    /// difference passes only when openapi/deviations.json lists that fact under <c>wire</c> with exactly these two
    /// values; a listed fact that no longer matches fails too, so the list never goes stale.
    /// </summary>
    internal static class SpecDrift
    {
        /// <summary>Returns an empty string when the documents agree up to the documented deviations, else a readable report.</summary>
        public static string Compare(JObject upstream, JObject fragment, IReadOnlyList<WireDeviation> deviations)
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
            ReportSections.Append(report, "Upstream has these, the fragment lacks them (add them to openapi/letta-list-batches.openapi.json):", upstreamOnly);
            ReportSections.Append(report, "The fragment has these, upstream lacks them:", fragmentOnly);
            ReportSections.Append(report, "Both have these, with different values:", changed);
            ReportSections.Append(report, "Wire deviations (openapi/deviations.json) that no longer match; update or remove them:", stale);
            if (report.Length > 0)
            {
                report.AppendLine("A deliberate difference passes once openapi/deviations.json lists it under \"wire\": its fact, both values (null for absent), the pointer into the fragment and the reason.");
            }

            return report.ToString();
        }

        private static string Value(IDictionary<string, string> facts, string fact) =>
            facts.TryGetValue(fact, out var value) ? value : "(absent)";

    }
}
