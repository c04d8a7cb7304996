using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace Letta.Generated.SpecTool
{
    /// <summary>
    /// A deliberate difference in what is valid on the wire: the drift facts differ at <see cref="Fact"/> with exactly
    /// these values (null: the fact is absent on that side), and the fragment says it at <see cref="Pointer"/>.
    /// </summary>
    internal sealed record WireDeviation(string Fact, string? Upstream, string? Fragment, string Pointer, JToken? Value, string Reason);

    /// <summary>A deliberate difference in how the fragment spells something, at <see cref="Pointer"/>; the wire is the same.</summary>
    internal sealed record SpellingDeviation(string Pointer, JToken? Value, string Reason);

    /// <summary>
    /// openapi/deviations.json: the one list of the fragment's deliberate differences from upstream's pinned copy,
    /// each with its reason. Every entry names a JSON pointer into the fragment; <c>value</c>, when given, is what the
    /// fragment must hold there.
    /// </summary>
    internal sealed record DeviationsFile(IReadOnlyList<WireDeviation> Wire, IReadOnlyList<SpellingDeviation> Spelling)
    {
        /// <summary>Every entry's pointer, value and a label for reports.</summary>
        public IEnumerable<(string Pointer, JToken? Value, string Label)> Places =>
            Wire.Select(d => (d.Pointer, d.Value, $"wire \"{d.Fact}\""))
                .Concat(Spelling.Select(d => (d.Pointer, d.Value, "spelling")));

        public IEnumerable<string> Reasons => Wire.Select(d => d.Reason).Concat(Spelling.Select(d => d.Reason));

        public static DeviationsFile Load(JObject file)
        {
            var wire = Entries(file, "wire")
                .Select(d => new WireDeviation(
                    Required(d, "fact"),
                    (string?)d["upstream"],
                    (string?)d["fragment"],
                    Required(d, "pointer"),
                    d["value"]?.DeepClone(),
                    Required(d, "reason")))
                .ToList();
            var spelling = Entries(file, "spelling")
                .Select(d => new SpellingDeviation(Required(d, "pointer"), d["value"]?.DeepClone(), Required(d, "reason")))
                .ToList();
            return new DeviationsFile(wire, spelling);
        }

        private static IEnumerable<JObject> Entries(JObject file, string section) =>
            file[section] is JArray entries
                ? entries.Select(e => e as JObject ?? throw new InvalidOperationException($"deviations.json: an entry of '{section}' is not an object."))
                : throw new InvalidOperationException($"deviations.json has no '{section}' list.");

        private static string Required(JObject entry, string key) =>
            (string?)entry[key] is { Length: > 0 } value
                ? value
                : throw new InvalidOperationException($"deviations.json: an entry has no '{key}': {entry.ToString(Newtonsoft.Json.Formatting.None)}");
    }
}
