using System;
using System.IO;
using Microsoft.Win32.SafeHandles;

namespace Letta.Generated.Cli
{
    /// <summary>
    /// The process's stdout as a raw stream that reports a closed pipe. .NET's console stream swallows EPIPE on Unix,
    /// so a tool piped into <c>head</c> would page on to the end of the listing, writing into the void. For a pipe
    /// (or a socket or terminal: anything that cannot seek) a <see cref="FileStream"/> over file descriptor 1 writes
    /// with plain write(2) and reports EPIPE. A file keeps the console stream: FileStream would write a seekable
    /// file at positions of its own (pwrite), without moving the offset that <c>2&gt;&amp;1</c> or a script's next
    /// command share, and their writes would overwrite ours; a file has no reader to go away anyway.
    /// </summary>
    internal static class StandardOutput
    {
        public static Stream Open()
        {
            if (OperatingSystem.IsWindows()) return Console.OpenStandardOutput();
            try
            {
                // bufferSize 0: OutputSink buffers; ownsHandle false: fd 1 stays open for the runtime.
                var stream = new FileStream(new SafeFileHandle((IntPtr)1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
                if (!stream.CanSeek) return stream;
                stream.Dispose();
            }
            catch (Exception exception) when (exception is IOException or ArgumentException or UnauthorizedAccessException)
            {
                // fd 1 closed or unusable (`>&-`): the console stream copes.
            }

            return Console.OpenStandardOutput();
        }
    }
}
