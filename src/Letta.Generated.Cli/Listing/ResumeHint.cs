using System.Globalization;
using System.IO;

namespace Letta.Generated.Cli.Listing
{
    /// <summary>The stderr note that says how far a listing got and how to resume it.</summary>
    internal static class ResumeHint
    {
        public static void Write(TextWriter stderr, string why, ListingState state)
        {
            var count = state.Items.ToString("N0", CultureInfo.InvariantCulture);
            if (state.ResumeToken is null)
            {
                stderr.WriteLine("note: " + why + " after " + count + " batches.");
                return;
            }

            stderr.WriteLine("note: " + why + " after " + count + " batches; more may remain. To resume, run the same command (same --order) with:");
            stderr.WriteLine("  --continue " + state.ResumeToken);
        }
    }
}
