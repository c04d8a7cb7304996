namespace Letta.Generated
{
    /// <summary>The query of one page the pager asks for: a cursor on one side, the page size and the order.</summary>
    internal readonly struct PageRequest
    {
        public PageRequest(string? before, string? after, int limit, SortOrder order)
        {
            Before = before;
            After = after;
            Limit = limit;
            Order = order;
        }

        public string? Before { get; }

        public string? After { get; }

        public int Limit { get; }

        public SortOrder Order { get; }
    }
}
