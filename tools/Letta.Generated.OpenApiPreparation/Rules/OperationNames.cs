using System;
using System.Linq;
using System.Text.Json.Nodes;

namespace Letta.Generated.OpenApiPreparation
{
    /// <summary>
    /// <c>operationId: list_batches</c> → <c>ListBatches</c>: NSwag names the method after the operation id as it
    /// stands (<c>List_batchesAsync</c>).
    /// </summary>
    internal static class OperationNames
    {
        public static void Apply(JsonObject document)
        {
            foreach (var operation in Operations.All(document))
            {
                if (operation["operationId"] is JsonValue id && id.TryGetValue(out string? name))
                {
                    operation["operationId"] = CSharpNames.Pascal(name);
                }
            }

            var ids = Operations.All(document).Select(o => (string?)o["operationId"]).Where(id => id is not null).ToList();
            var duplicate = ids.GroupBy(id => id).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null) throw new InvalidOperationException($"two operations would generate the method {duplicate.Key}Async");
        }
    }
}
