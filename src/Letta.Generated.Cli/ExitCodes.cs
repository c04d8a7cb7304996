namespace Letta.Generated.Cli
{
    /// <summary>The process exit codes.</summary>
    public static class ExitCodes
    {
        /// <summary>Everything was listed (or the listing stopped at <c>--max-items</c>, or stdout was closed by the reader).</summary>
        public const int Success = 0;

        /// <summary>The server or the connection failed.</summary>
        public const int Failure = 1;

        /// <summary>The command line is wrong; the usage text is printed.</summary>
        public const int Usage = 2;

        /// <summary>Interrupted with Ctrl+C (128 + SIGINT, as shells report it).</summary>
        public const int Interrupted = 130;
    }
}
