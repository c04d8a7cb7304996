using System;
using System.Collections.Generic;
using System.Globalization;
using Newtonsoft.Json.Linq;

namespace Letta.Generated.SpecTool
{
    /// <summary>RFC 6901 JSON pointers (<c>/paths/~1v1~1messages~1batches/get</c>), enough for OpenAPI documents.</summary>
    internal static class JsonPointer
    {
        public static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");

        public static string Append(string pointer, string segment) => pointer + "/" + Escape(segment);

        /// <summary>The value at <paramref name="pointer"/>, or null when nothing is there.</summary>
        public static JToken? Resolve(JToken root, string pointer)
        {
            if (pointer.Length == 0)
            {
                return root;
            }

            if (pointer[0] != '/')
            {
                throw new ArgumentException($"'{pointer}' is not a JSON pointer (it must start with '/').");
            }

            JToken? current = root;
            foreach (var raw in pointer.Substring(1).Split('/'))
            {
                var segment = raw.Replace("~1", "/").Replace("~0", "~");
                current = current switch
                {
                    JObject obj => obj.TryGetValue(segment, StringComparison.Ordinal, out var child) ? child : null,
                    JArray array when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < array.Count => array[index],
                    _ => null,
                };
                if (current is null)
                {
                    return null;
                }
            }

            return current;
        }

        /// <summary>Whether <paramref name="pointer"/> is <paramref name="ancestor"/> or lies below it.</summary>
        public static bool IsAtOrBelow(string pointer, string ancestor) =>
            pointer == ancestor || pointer.StartsWith(ancestor + "/", StringComparison.Ordinal);

        /// <summary>
        /// Every place where the two documents differ, as pointers: a key one side lacks, a value that differs, or an
        /// array whose length differs (the whole array). Equal subtrees produce nothing.
        /// </summary>
        public static IReadOnlyList<string> Differences(JToken? left, JToken? right)
        {
            var found = new List<string>();
            Walk(left, right, string.Empty, found);
            return found;
        }

        private static void Walk(JToken? left, JToken? right, string at, List<string> found)
        {
            if (left is JObject a && right is JObject b)
            {
                var keys = new List<string>();
                foreach (var property in a.Properties()) keys.Add(property.Name);
                foreach (var property in b.Properties()) if (!a.ContainsKey(property.Name)) keys.Add(property.Name);
                foreach (var key in keys)
                {
                    Walk(a[key], b[key], Append(at, key), found);
                }

                return;
            }

            if (left is JArray x && right is JArray y && x.Count == y.Count)
            {
                for (var i = 0; i < x.Count; i++)
                {
                    Walk(x[i], y[i], at + "/" + i.ToString(CultureInfo.InvariantCulture), found);
                }

                return;
            }

            if (left is null || right is null || !JToken.DeepEquals(left, right))
            {
                found.Add(at);
            }
        }
    }
}
