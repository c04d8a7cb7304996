using System;

namespace Letta.Generated
{
    /// <summary>How <see cref="ILettaClient.ListAllBatchesAsync"/> pages through the batches.</summary>
    public sealed class ListAllBatchesOptions
    {
        /// <summary>The page size when none is given: 100, the server's own default limit.</summary>
        public const int DefaultPageSize = 100;

        /// <summary>By creation time; <see cref="SortOrder.Desc"/> (newest first) by default, like the server.</summary>
        public SortOrder Order { get; set; } = SortOrder.Desc;

        /// <summary>Batches per request (the <c>limit</c>), 1 or more; 100 by default.</summary>
        public int PageSize { get; set; } = DefaultPageSize;

        /// <summary>How the server reads cursors; detected by default.</summary>
        public CursorReading CursorReading { get; set; } = CursorReading.Auto;

        /// <summary>Resume right after the page this token came from (<see cref="LettaPage{T}.ContinuationToken"/>).</summary>
        public string? ContinuationToken { get; set; }

        /// <summary>
        /// Ask for the next page as soon as a page has arrived, so the server builds it while the consumer works
        /// through this one (false by default). The requests and the batches are the same; a consumer that stops
        /// early leaves at most one request in flight, which is cancelled. For reading whole listings fast.
        /// </summary>
        public bool Prefetch { get; set; }

        internal ListAllBatchesOptions Clone() => new ListAllBatchesOptions
        {
            Order = Order,
            PageSize = PageSize,
            CursorReading = CursorReading,
            ContinuationToken = ContinuationToken,
            Prefetch = Prefetch,
        };

        internal void Validate()
        {
            if (PageSize < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(PageSize), PageSize, "PageSize must be 1 or more (the server reads limit=0 as 'every batch', which the pager never sends).");
            }
            if (Order != SortOrder.Asc && Order != SortOrder.Desc)
            {
                throw new ArgumentException("Order must be SortOrder.Asc or SortOrder.Desc; got '" + Order + "'.", nameof(Order));
            }
            if (!Enum.IsDefined(typeof(CursorReading), CursorReading))
            {
                throw new ArgumentOutOfRangeException(nameof(CursorReading), CursorReading, "Unknown CursorReading.");
            }
        }
    }
}
