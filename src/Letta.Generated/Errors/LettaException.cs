using System;

namespace Letta.Generated
{
    /// <summary>
    /// The base of every exception this library throws for a failed call (argument errors and the
    /// caller's own cancellation excepted). Catch it to handle any Letta failure in one place.
    /// </summary>
    public class LettaException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">What went wrong.</param>
        /// <param name="innerException">The underlying cause, if any.</param>
        public LettaException(string message, Exception? innerException = null)
            : base(message, innerException)
        {
        }
    }
}
