using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Letta.Generated.Cli.Output
{
    /// <summary>
    /// The serializer for <c>--format json|jsonl</c>: <see cref="LettaJson.CreateSettings"/>, writing only the API's
    /// fields. <c>BatchJob</c>'s hand-written conveniences (<c>TotalDuration</c>, <c>TimeToFirstToken</c>) carry no
    /// <c>[JsonProperty]</c> and would otherwise appear as extra, non-API keys.
    /// </summary>
    internal static class BatchJson
    {
        public static JsonSerializer CreateSerializer(Formatting formatting)
        {
            var settings = LettaJson.CreateSettings();
            settings.Formatting = formatting;
            settings.ContractResolver = new WireFieldsOnly();
            return JsonSerializer.Create(settings);
        }

        private sealed class WireFieldsOnly : DefaultContractResolver
        {
            protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
            {
                var property = base.CreateProperty(member, memberSerialization);
                if (member.DeclaringType == typeof(BatchJob) && member.GetCustomAttribute<JsonPropertyAttribute>() is null)
                {
                    property.Ignored = true;
                }
                return property;
            }
        }
    }
}
