using System;

namespace Letta.Generated.Cli
{
    /// <summary>The command line is wrong in a way only known after parsing (a bad URL, a bad token): exit 2 with usage.</summary>
    internal sealed class UsageException : Exception
    {
        public UsageException(string message, Exception? innerException = null)
            : base(message, innerException)
        {
        }
    }
}
