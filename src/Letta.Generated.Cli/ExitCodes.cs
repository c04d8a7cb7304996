namespace Letta.Generated.Cli
{
    /// <summary>The process exit codes.</summary>
    internal static class ExitCodes
    {
        /// <summary>Everything was listed, or the listing stopped at <c>--max-items</c>, or the reader closed stdout (<c>| head</c>).</summary>
        public const int Success = 0;

        /// <summary>The server, the connection or the output failed; a listing that had started prints where to resume.</summary>
        public const int Failure = 1;

        /// <summary>The command line or the configuration is wrong; nothing was sent.</summary>
        public const int Usage = 2;

        /// <summary>Ctrl+C (128 + SIGINT, as shells report it); prints where to resume.</summary>
        public const int Interrupted = 130;

        /// <summary>SIGTERM (128 + 15, the convention); prints where to resume.</summary>
        public const int Terminated = 143;
    }
}
