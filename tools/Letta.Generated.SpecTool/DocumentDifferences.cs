using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Newtonsoft.Json.Linq;

namespace Letta.Generated.SpecTool
{
    /// <summary>
    /// Compares the fragment's JSON with upstream's, key by key, so that every difference, in spelling too, is
    /// declared in openapi/deviations.json: each place where the two differ must lie at or below the pointer of an
    /// entry, and each entry's pointer must still point at a difference (holding the entry's <c>value</c>, when given).
    /// Upstream's <c>openapi</c>, <c>info</c> and <c>servers</c>, kept in the copy's <c>_source</c>, are compared with
    /// the fragment's own.
    /// </summary>
    internal static class DocumentDifferences
    {
        private static readonly string[] DocumentKeys = { "openapi", "info", "servers" };

        /// <summary>The pinned copy as a document: <c>_source</c> dropped, upstream's openapi/info/servers back on top.</summary>
        public static JObject UpstreamView(JObject upstream)
        {
            var view = new JObject();
            var source = upstream["_source"] as JObject;
            foreach (var key in DocumentKeys)
            {
                if (source?[key] is { } value)
                {
                    view[key] = value.DeepClone();
                }
            }

            foreach (var property in upstream.Properties().Where(p => p.Name != "_source"))
            {
                view[property.Name] = property.Value.DeepClone();
            }

            return view;
        }

        /// <summary>Empty when every difference is declared and every entry still holds, else a readable report.</summary>
        public static string Compare(JObject upstream, JObject fragment, DeviationsFile deviations)
        {
            var theirs = UpstreamView(upstream);
            var places = deviations.Places.ToList();

            var undeclared = JsonPointer.Differences(fragment, theirs)
                .Where(at => !places.Any(p => JsonPointer.IsAtOrBelow(at, p.Pointer)))
                .Select(at => $"  {at}: fragment {Show(JsonPointer.Resolve(fragment, at))}, upstream {Show(JsonPointer.Resolve(theirs, at))}")
                .ToList();

            var stale = new List<string>();
            foreach (var place in places)
            {
                var ours = JsonPointer.Resolve(fragment, place.Pointer);
                var upstreams = JsonPointer.Resolve(theirs, place.Pointer);
                if (ours is null && upstreams is null)
                {
                    stale.Add($"  {place.Pointer} ({place.Label}): points at nothing in either document");
                }
                else if (ours is not null && upstreams is not null && JToken.DeepEquals(ours, upstreams))
                {
                    stale.Add($"  {place.Pointer} ({place.Label}): the fragment now says what upstream says: {Show(ours)}");
                }
                else if (place.Value is not null && !JToken.DeepEquals(ours, place.Value))
                {
                    stale.Add($"  {place.Pointer} ({place.Label}): declared {Show(place.Value)}, the fragment has {Show(ours)}");
                }
            }

            stale.AddRange(places.GroupBy(p => p.Pointer, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"  {g.Key}: declared {g.Count()} times"));

            var report = new StringBuilder();
            ReportSections.Append(report, "The fragment differs from upstream here, and no entry of openapi/deviations.json declares it:", undeclared);
            ReportSections.Append(report, "Entries of openapi/deviations.json that no longer hold; update or remove them:", stale);
            if (report.Length > 0)
            {
                report.AppendLine("A deliberate difference passes once openapi/deviations.json has an entry (\"wire\" if it changes what is valid on the wire, else \"spelling\") whose pointer is at or above it, with the reason.");
            }

            return report.ToString();
        }

        private static string Show(JToken? value)
        {
            if (value is null)
            {
                return "(absent)";
            }

            var text = value.ToString(Newtonsoft.Json.Formatting.None);
            return text.Length <= 100 ? text : text.Substring(0, 100) + "…";
        }
    }

    /// <summary>Everything <c>drift</c> checks: the wire facts, then the document differences.</summary>
    internal static class DriftReport
    {
        public static string Of(JObject upstream, JObject fragment, DeviationsFile deviations) =>
            SpecDrift.Compare(upstream, fragment, deviations.Wire) + DocumentDifferences.Compare(upstream, fragment, deviations);
    }
}
