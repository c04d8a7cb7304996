using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

namespace Letta.Generated
{
    /// <summary>The JSON settings every Letta body is read and written with.</summary>
    public static class LettaJson
    {
        /// <summary>
        /// How deeply a body may nest (Newtonsoft's default is 64): <c>metadata</c> is user data, and one deeply
        /// nested value must not fail its whole page. Deeper input fails that page with a <see cref="LettaResponseException"/>.
        /// </summary>
        public const int MaxDepth = 256;

        /// <summary>
        /// Creates settings that read Letta's JSON faithfully: timestamps without an offset are UTC on
        /// every machine, strings that look like dates stay strings (in <c>metadata</c>), and
        /// <c>$id</c>/<c>$type</c> keys in user data are plain keys.
        /// </summary>
        /// <returns>New settings; each call returns a new instance.</returns>
        public static JsonSerializerSettings CreateSettings()
        {
            var settings = new JsonSerializerSettings();
            Configure(settings);
            return settings;
        }

        internal static void Configure(JsonSerializerSettings settings)
        {
            // Without this, Newtonsoft turns date-looking strings into DateTime before any converter runs:
            // metadata values would change type, and offset-less times would take the machine's zone.
            settings.DateParseHandling = DateParseHandling.None;
            settings.MetadataPropertyHandling = MetadataPropertyHandling.Ignore;
            settings.MissingMemberHandling = MissingMemberHandling.Ignore;
            settings.MaxDepth = MaxDepth;
            // Letta sends completed_at without an offset but means UTC; AssumeUniversal says so. An explicit
            // offset (Z, +05:30) is kept as sent.
            settings.Converters.Add(new IsoDateTimeConverter
            {
                Culture = CultureInfo.InvariantCulture,
                DateTimeStyles = DateTimeStyles.AssumeUniversal,
            });
        }
    }
}
