namespace Letta.Generated.Cli.Commands
{
    /// <summary>The <c>--order</c> values: by creation time.</summary>
    public enum ListOrder
    {
        /// <summary>Newest first (the server's default).</summary>
        Desc,

        /// <summary>Oldest first.</summary>
        Asc,
    }
}
