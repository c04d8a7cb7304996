using Newtonsoft.Json;

namespace Letta.Generated.Cli.Output
{
    /// <summary>The serializer for <c>--format json|jsonl</c>: the library's own settings, so batches are written back as the server sent them.</summary>
    internal static class BatchJson
    {
        public static JsonSerializer CreateSerializer(Formatting formatting)
        {
            var settings = LettaJson.CreateSettings();
            settings.Formatting = formatting;
            return JsonSerializer.Create(settings);
        }
    }
}
