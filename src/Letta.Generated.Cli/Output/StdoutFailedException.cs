using System;
using System.IO;

namespace Letta.Generated.Cli.Output
{
    /// <summary>
    /// Standard output could not be written (a full disk, a revoked terminal): exit 1 with "cannot write the output".
    /// Its own type, so that other I/O errors (a missing assembly is a FileNotFoundException too) are not reported as one.
    /// </summary>
    internal sealed class StdoutFailedException : IOException
    {
        public StdoutFailedException(Exception innerException)
            : base(innerException.Message, innerException)
        {
        }
    }
}
