using System.Collections.Generic;
using System.Globalization;

namespace Letta.Generated.Simulator.Internal
{
    /// <summary>
    /// The validated query parameters of <c>GET /v1/messages/batches</c>, parsed the way FastAPI and pydantic v2 do:
    /// every problem is collected (the 422 lists them all), a repeated parameter keeps its last value.
    /// </summary>
    internal sealed class ListBatchesQuery
    {
        public const int DefaultLimit = 100;

        private ListBatchesQuery()
        {
        }

        /// <summary>The <c>before</c> cursor, or null when absent or empty (the server ignores <c>?before=</c>).</summary>
        public string? Before { get; private set; }

        /// <summary>The <c>after</c> cursor, or null when absent or empty.</summary>
        public string? After { get; private set; }

        /// <summary>The limit; 0 means no limit; negative values pass validation and fail later, as on the server.</summary>
        public long Limit { get; private set; } = DefaultLimit;

        /// <summary>True for <c>order=asc</c>; <c>desc</c> is the default.</summary>
        public bool Ascending { get; private set; }

        public static ListBatchesQuery Parse(IReadOnlyDictionary<string, string> query, out List<ValidationIssue> issues)
        {
            issues = new List<ValidationIssue>();
            var result = new ListBatchesQuery();

            if (query.TryGetValue("before", out var before) && before.Length > 0)
            {
                result.Before = before;
            }

            if (query.TryGetValue("after", out var after) && after.Length > 0)
            {
                result.After = after;
            }

            if (query.TryGetValue("limit", out var limit))
            {
                if (TryParsePythonInt(limit, out var parsed))
                {
                    result.Limit = parsed;
                }
                else
                {
                    issues.Add(new ValidationIssue("int_parsing", "limit", "Input should be a valid integer, unable to parse string as an integer", limit, null));
                }
            }

            if (query.TryGetValue("order", out var order))
            {
                if (order == "asc" || order == "desc")
                {
                    result.Ascending = order == "asc";
                }
                else
                {
                    issues.Add(new ValidationIssue("literal_error", "order", "Input should be 'asc' or 'desc'", order, "'asc' or 'desc'"));
                }
            }

            // order_by accepts only created_at, and the server then ignores it.
            if (query.TryGetValue("order_by", out var orderBy) && orderBy != "created_at")
            {
                issues.Add(new ValidationIssue("literal_error", "order_by", "Input should be 'created_at'", orderBy, "'created_at'"));
            }

            return result;
        }

        // pydantic's lax int parsing of a query string: surrounding whitespace and a sign are fine, anything else
        // (empty, decimals, words) is an error. Values beyond 64 bits saturate: no test can tell the difference.
        private static bool TryParsePythonInt(string text, out long value)
        {
            value = 0;
            var trimmed = text.Trim();
            var digits = trimmed.TrimStart('+', '-');
            if (digits.Length == 0 || trimmed.Length - digits.Length > 1)
            {
                return false;
            }

            foreach (var c in digits)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            if (!long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
            {
                value = trimmed[0] == '-' ? long.MinValue : long.MaxValue;
            }

            return true;
        }
    }
}
