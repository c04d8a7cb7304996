namespace Letta.Generated
{
    /// <summary>Hook into the generated client: every body is read with <see cref="LettaJson"/>'s settings.</summary>
    internal partial class LettaRestClient
    {
        static partial void UpdateJsonSerializerSettings(Newtonsoft.Json.JsonSerializerSettings settings) => LettaJson.Configure(settings);
    }
}
