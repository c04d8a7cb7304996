using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Letta.Generated.ContractTests.Support
{
    /// <summary>The C# blocks of the repository's README and of every package's README, each with where it stands.</summary>
    internal static class ReadmeSnippets
    {
        public static IReadOnlyList<(string Name, string Code)> All()
        {
            var readmes = new[] { Repository.Path("README.md") }
                .Concat(Directory.GetFiles(Repository.Path("src"), "README.md", SearchOption.AllDirectories).OrderBy(f => f, System.StringComparer.Ordinal));
            var snippets = new List<(string, string)>();
            foreach (var readme in readmes)
            {
                var text = File.ReadAllText(readme);
                foreach (Match block in Regex.Matches(text, "```csharp\\n(.*?)```", RegexOptions.Singleline))
                {
                    var line = text.Take(block.Index).Count(c => c == '\n') + 1;
                    var relative = Path.GetRelativePath(Repository.Root, readme).Replace('\\', '/');
                    snippets.Add((relative + ":" + line, block.Groups[1].Value));
                }
            }

            return snippets;
        }
    }
}
