using System.Threading;

namespace Letta.Generated
{
    /// <summary>
    /// The retry number of the request being sent (0 for the first attempt). The generated client's
    /// method has no parameter for it, so it flows from the retry pipeline to the request hook through
    /// the async context.
    /// </summary>
    internal static class RetryAttempt
    {
        private static readonly AsyncLocal<int> CurrentAttempt = new AsyncLocal<int>();

        public static int Current
        {
            get => CurrentAttempt.Value;
            set => CurrentAttempt.Value = value;
        }
    }
}
