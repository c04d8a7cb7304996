using System;
using System.IO;

namespace Letta.Generated.ContractTests.Support
{
    /// <summary>A fresh folder (under the system temp folder unless told otherwise), deleted on dispose.</summary>
    internal sealed class TempDirectory : IDisposable
    {
        public TempDirectory(string prefix, string? parent = null)
        {
            Path = System.IO.Path.Combine(parent ?? System.IO.Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public string Combine(params string[] parts) => System.IO.Path.Combine(Path, System.IO.Path.Combine(parts));

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // A build server may still hold a file; the OS cleans the temp folder eventually.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
