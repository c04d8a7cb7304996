using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Letta.Generated.ContractTests.Support
{
    /// <summary>A unified-style line diff (longest common subsequence), enough for API files of a few thousand lines.</summary>
    internal static class LineDiff
    {
        /// <summary>The lines only <paramref name="before"/> has and the lines only <paramref name="after"/> has, in order.</summary>
        public static (IReadOnlyList<string> Removed, IReadOnlyList<string> Added) Changes(string before, string after)
        {
            var script = Script(Lines(before), Lines(after));
            return (script.Where(s => s.Op == '-').Select(s => s.Line).ToList(), script.Where(s => s.Op == '+').Select(s => s.Line).ToList());
        }

        public static string Unified(string expected, string actual, string expectedName, string actualName, int context = 2, int maxLines = 300)
        {
            var script = Script(Lines(expected), Lines(actual));
            var output = new StringBuilder().AppendLine("--- " + expectedName).AppendLine("+++ " + actualName);
            var written = 0;
            var lastShown = -1;
            for (var k = 0; k < script.Count && written < maxLines; k++)
            {
                var near = false;
                for (var d = -context; d <= context && !near; d++)
                {
                    near = k + d >= 0 && k + d < script.Count && script[k + d].Op != ' ';
                }

                if (!near)
                {
                    continue;
                }

                if (lastShown >= 0 && k > lastShown + 1)
                {
                    output.AppendLine("@@");
                }

                output.Append(script[k].Op).AppendLine(script[k].Line);
                lastShown = k;
                written++;
            }

            if (written >= maxLines)
            {
                output.AppendLine("… (diff truncated)");
            }

            return output.ToString();
        }

        private static List<(char Op, string Line)> Script(string[] a, string[] b)
        {
            var lcs = new int[a.Length + 1, b.Length + 1];
            for (var i = a.Length - 1; i >= 0; i--)
            {
                for (var j = b.Length - 1; j >= 0; j--)
                {
                    lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
                }
            }

            var script = new List<(char Op, string Line)>();
            int x = 0, y = 0;
            while (x < a.Length || y < b.Length)
            {
                if (x < a.Length && y < b.Length && a[x] == b[y])
                {
                    script.Add((' ', a[x++]));
                    y++;
                }
                else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
                {
                    script.Add(('+', b[y++]));
                }
                else
                {
                    script.Add(('-', a[x++]));
                }
            }

            return script;
        }

        private static string[] Lines(string text) => text.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
    }
}
