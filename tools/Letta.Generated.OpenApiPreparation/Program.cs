using System;
using System.IO;
using System.Text.Json;

namespace Letta.Generated.OpenApiPreparation
{
    /// <summary><c>prepare &lt;fragment.json&gt; &lt;prepared.json&gt;</c>: writes the copy NSwag generates from.</summary>
    internal static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length != 2)
            {
                Console.Error.WriteLine("usage: Letta.Generated.OpenApiPreparation <fragment.json> <prepared.json>");
                return 2;
            }

            try
            {
                var prepared = SpecPreparation.Prepare(File.ReadAllText(args[0]));
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(args[1]))!);
                // Written only when it changed, so an unchanged fragment does not make NSwag's output look new.
                if (!File.Exists(args[1]) || File.ReadAllText(args[1]) != prepared)
                {
                    File.WriteAllText(args[1], prepared);
                }

                return 0;
            }
            catch (Exception ex) when (ex is JsonException or IOException or InvalidOperationException)
            {
                // MSBuild shows "file: error: message" lines as build errors pointing at the fragment.
                Console.Error.WriteLine($"{args[0]}: error LETTA001: {ex.Message}");
                return 1;
            }
        }
    }
}
