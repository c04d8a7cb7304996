namespace Letta.Generated
{
    /// <summary>
    /// When a short page ends a listing. Only when the end is certain: a page shorter than what the server has
    /// already shown it sends when more batches exist. Until a page of the requested size arrives, a short page
    /// may be the server's own page cap (Letta Cloud may cap <c>limit</c>), so the pager asks once more: an empty
    /// answer ends the listing, and more batches teach it the cap.
    /// </summary>
    internal sealed class PageEnd
    {
        private readonly int _requested;
        private int? _fullPage;
        private int? _shortPage;

        public PageEnd(int requested)
        {
            _requested = requested;
        }

        /// <summary>Records a non-empty page; true when it is certainly the last.</summary>
        public bool IsLast(int count)
        {
            if (_shortPage is { } earlier)
            {
                // The earlier short page was followed by more: that is how many the server sends at most. (A short
                // page is only remembered while no full page is known, so there is nothing to compare it with.)
                _fullPage = earlier;
                _shortPage = null;
            }

            if (count >= _requested) _fullPage = _requested;
            else if (_fullPage is { } cap && count > cap) _fullPage = count;
            if (_fullPage is { } full) return count < full;
            _shortPage = count;
            return false;
        }
    }
}
