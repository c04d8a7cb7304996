using System;

namespace Letta.Generated
{
    /// <summary>
    /// An attempt took longer than <see cref="LettaClientOptions.NetworkTimeout"/> (retried by default).
    /// Distinct from the <see cref="OperationCanceledException"/> the caller gets when its own token fires.
    /// </summary>
    public class LettaTimeoutException : LettaException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">What went wrong.</param>
        /// <param name="timeout">The per-attempt timeout that elapsed.</param>
        /// <param name="innerException">The underlying cause.</param>
        public LettaTimeoutException(string message, TimeSpan timeout, Exception? innerException)
            : base(message, innerException)
        {
            Timeout = timeout;
        }

        /// <summary>The per-attempt timeout that elapsed.</summary>
        public TimeSpan Timeout { get; }
    }
}
