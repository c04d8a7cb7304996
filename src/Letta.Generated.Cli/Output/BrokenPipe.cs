using System;
using System.IO;

namespace Letta.Generated.Cli.Output
{
    /// <summary>Recognises the error a write raises when the reader of a pipe has gone (EPIPE; the runtime ignores SIGPIPE).</summary>
    internal static class BrokenPipe
    {
        private const int EPipe = 32;
        private const int WindowsBrokenPipe = unchecked((int)0x8007006D);
        private const int WindowsNoData = unchecked((int)0x800700E8);

        public static bool IsCause(Exception exception) =>
            exception is IOException { HResult: EPipe or WindowsBrokenPipe or WindowsNoData }
            || (exception is IOException io && io.Message.Contains("Broken pipe", StringComparison.OrdinalIgnoreCase));
    }
}
