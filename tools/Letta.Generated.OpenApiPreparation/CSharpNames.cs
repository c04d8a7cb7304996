using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Letta.Generated.OpenApiPreparation
{
    /// <summary>
    /// .NET names from wire names: <c>list_batches</c> → <c>ListBatches</c>, <c>order_by</c> → <c>orderBy</c>,
    /// <c>HTTPValidationError</c> → <c>HttpValidationError</c> (acronyms of three or more letters are
    /// Pascal-cased, as the .NET naming guidelines say).
    /// </summary>
    internal static class CSharpNames
    {
        public static string Pascal(string name) => string.Concat(Words(name).Select(Capitalize));

        public static string Camel(string name)
        {
            var pascal = Pascal(name);
            return pascal.Length == 0 ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
        }

        /// <summary>Splits at non-alphanumerics and at case changes: <c>HTTPValidation_error2x</c> → HTTP, Validation, error2x.</summary>
        public static IEnumerable<string> Words(string name)
        {
            var word = new StringBuilder();
            for (var i = 0; i < name.Length; i++)
            {
                var c = name[i];
                if (!char.IsLetterOrDigit(c))
                {
                    if (word.Length > 0) yield return word.ToString();
                    word.Clear();
                    continue;
                }

                var startsWord = word.Length > 0 && char.IsUpper(c)
                    && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1])));
                if (startsWord)
                {
                    yield return word.ToString();
                    word.Clear();
                }

                word.Append(c);
            }

            if (word.Length > 0) yield return word.ToString();
        }

        private static string Capitalize(string word)
        {
            // Two-letter acronyms stay upper case (IO); longer all-caps words are Pascal-cased (Http).
            var allUpper = word.All(c => !char.IsLetter(c) || char.IsUpper(c));
            if (allUpper && word.Length <= 2) return word;
            var rest = allUpper ? word.Substring(1).ToLowerInvariant() : word.Substring(1);
            return char.ToUpperInvariant(word[0]) + rest;
        }
    }
}
