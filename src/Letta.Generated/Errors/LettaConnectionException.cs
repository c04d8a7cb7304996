using System;

namespace Letta.Generated
{
    /// <summary>No response: the connection was refused, reset or failed (retried by default).</summary>
    public class LettaConnectionException : LettaException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">What went wrong.</param>
        /// <param name="innerException">The transport's error.</param>
        public LettaConnectionException(string message, Exception? innerException)
            : base(message, innerException)
        {
        }
    }
}
