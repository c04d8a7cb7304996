using System.IO;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Letta.Generated.SpecTool
{
    /// <summary>Reads JSON without Json.NET's date guessing and writes it indented with LF line ends.</summary>
    internal static class JsonFiles
    {
        public static JObject Read(string path) => Parse(File.ReadAllText(path));

        public static JObject Parse(string json)
        {
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
            return JObject.Load(reader);
        }

        public static void Write(string path, JObject value)
        {
            var text = value.ToString(Formatting.Indented).Replace("\r\n", "\n") + "\n";
            File.WriteAllText(path, text, new UTF8Encoding(false));
        }
    }
}
