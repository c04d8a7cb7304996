using System.IO;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Letta.Generated.SpecTool
{
    /// <summary>
    /// Reads JSON without Json.NET's date guessing, and writes it the one way the checked-in files are written:
    /// indented by two spaces, LF line ends, a final newline, UTF-8 without a byte order mark.
    /// </summary>
    internal static class JsonFiles
    {
        private static readonly UTF8Encoding Utf8 = new(false);

        public static JObject Read(string path) => Parse(File.ReadAllText(path));

        public static JObject Parse(string json)
        {
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
            return JObject.Load(reader);
        }

        public static string Format(JObject value) => value.ToString(Formatting.Indented).Replace("\r\n", "\n") + "\n";

        public static void Write(string path, JObject value) => WriteText(path, Format(value));

        public static void WriteText(string path, string text) => File.WriteAllText(path, text, Utf8);
    }
}
