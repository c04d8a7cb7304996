using System;
using System.Threading;

namespace Letta.Generated.Cli
{
    /// <summary>
    /// A stop asked for from outside (Ctrl+C or SIGTERM): cancels the listing and remembers which signal it was, so
    /// the tool exits with 130 or 143. <c>Program</c> wires the signals to it; tests call <see cref="Request"/>.
    /// </summary>
    internal sealed class Interruption : IDisposable
    {
        private readonly CancellationTokenSource _source = new();
        private int _exitCode;

        /// <summary>Cancelled by the first request.</summary>
        public CancellationToken Token => _source.Token;

        /// <summary>130 or 143 once a stop was asked for; 0 before.</summary>
        public int ExitCode => Volatile.Read(ref _exitCode);

        /// <summary>What the stderr note calls the stop.</summary>
        public string Reason => ExitCode == ExitCodes.Terminated ? "terminated (SIGTERM)" : "interrupted";

        /// <summary>Asks the tool to stop cleanly with <paramref name="exitCode"/>.</summary>
        /// <returns>True for the first request (the signal's default action is then suppressed); false for a later one, which ends the process as usual.</returns>
        public bool Request(int exitCode)
        {
            if (Interlocked.CompareExchange(ref _exitCode, exitCode, 0) != 0) return false;
            _source.Cancel();
            return true;
        }

        public void Dispose() => _source.Dispose();
    }
}
