using System;
using System.Collections.Generic;
using Newtonsoft.Json.Linq;

namespace Letta.Generated.Simulator.Internal
{
    /// <summary>The JSON error bodies the server sends.</summary>
    internal static class ErrorBodies
    {
        public static string Detail(string detail) => new JObject { ["detail"] = detail }.ToString(Newtonsoft.Json.Formatting.None);

        public static string Validation(IReadOnlyList<ValidationIssue> issues, ValidationErrorShape shape)
        {
            if (shape == ValidationErrorShape.DetailString)
            {
                // The server's own handler: a trace id and str(exc.errors()).
                return new JObject
                {
                    ["trace_id"] = Guid.NewGuid().ToString("N"),
                    ["detail"] = PythonRepr.Of(issues),
                }.ToString(Newtonsoft.Json.Formatting.None);
            }

            var detail = new JArray();
            foreach (var issue in issues)
            {
                var error = new JObject
                {
                    ["type"] = issue.Type,
                    ["loc"] = new JArray("query", issue.Parameter),
                    ["msg"] = issue.Message,
                    ["input"] = issue.Input,
                };
                if (issue.Expected is not null)
                {
                    error["ctx"] = new JObject { ["expected"] = issue.Expected };
                }

                detail.Add(error);
            }

            return new JObject { ["detail"] = detail }.ToString(Newtonsoft.Json.Formatting.None);
        }
    }
}
