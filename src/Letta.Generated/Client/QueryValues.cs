using System;
using System.Collections;
using System.Globalization;
using System.Linq;

namespace Letta.Generated
{
    /// <summary>
    /// How the generated client writes a query parameter's value (openapi/templates/Client.Class.ConvertToString.liquid),
    /// as NSwag's own code does but without reflection: booleans in lower case, bytes as base64, arrays comma-separated,
    /// open enums and everything else by their invariant string (an open enum's is its wire value).
    /// </summary>
    internal static class QueryValues
    {
        public static string Format(object? value, CultureInfo culture) => value switch
        {
            null => string.Empty,
            bool flag => flag ? "true" : "false",
            byte[] bytes => Convert.ToBase64String(bytes),
            string text => text,
            IEnumerable items => string.Join(",", items.Cast<object?>().Select(item => Format(item, culture))),
            _ => Convert.ToString(value, culture) ?? string.Empty,
        };
    }
}
