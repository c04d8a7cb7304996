using System;
using System.IO;

namespace Letta.Generated.Cli.Output
{
    /// <summary>The reader of stdout has gone (<c>| head</c>): the listing stops at once and the tool exits quietly.</summary>
    internal sealed class StdoutClosedException : IOException
    {
        public StdoutClosedException(Exception innerException)
            : base("The reader closed standard output.", innerException)
        {
        }
    }
}
