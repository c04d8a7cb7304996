using System;
using System.Text;
using System.Text.Json;

namespace Letta.Generated
{
    /// <summary>
    /// A model's JSON property names, matched against a <see cref="Utf8JsonReader"/>'s property name without
    /// allocating: the name after the previous match is tried first (a server writes its fields in one order),
    /// then only the names of the same length.
    /// </summary>
    internal sealed class JsonNames
    {
        private readonly byte[][] _names;
        private readonly int[][] _byLength;

        public JsonNames(params string[] names)
        {
            _names = Array.ConvertAll(names, name => Encoding.UTF8.GetBytes(name));
            var longest = 0;
            foreach (var name in _names) longest = Math.Max(longest, name.Length);
            var counts = new int[longest + 1];
            foreach (var name in _names) counts[name.Length]++;
            _byLength = new int[longest + 1][];
            for (var length = 0; length <= longest; length++) _byLength[length] = new int[counts[length]];
            var filled = new int[longest + 1];
            for (var i = 0; i < _names.Length; i++) _byLength[_names[i].Length][filled[_names[i].Length]++] = i;
        }

        /// <summary>The index of the reader's property name, or -1 for a name the model does not declare.</summary>
        /// <param name="reader">Positioned on a property name.</param>
        /// <param name="next">The index expected next; updated on a match.</param>
        [System.Runtime.CompilerServices.MethodImpl(JitHints.AggressiveOptimization)]
        public int Match(ref Utf8JsonReader reader, ref int next)
        {
            if (reader.ValueIsEscaped || reader.HasValueSequence) return MatchSlowly(ref reader, ref next);
            var name = reader.ValueSpan;
            if ((uint)next < (uint)_names.Length && name.SequenceEqual(_names[next])) return next++;
            if (name.Length >= _byLength.Length) return -1;
            foreach (var index in _byLength[name.Length])
            {
                if (name.SequenceEqual(_names[index]))
                {
                    next = index + 1;
                    return index;
                }
            }

            return -1;
        }

        /// <summary>The name at an index <see cref="Match"/> returned, or null for -1.</summary>
        public string? Name(int index) => index >= 0 && index < _names.Length ? Encoding.UTF8.GetString(_names[index]) : null;

        private int MatchSlowly(ref Utf8JsonReader reader, ref int next)
        {
            for (var i = 0; i < _names.Length; i++)
            {
                if (reader.ValueTextEquals(_names[i]))
                {
                    next = i + 1;
                    return i;
                }
            }

            return -1;
        }
    }
}
