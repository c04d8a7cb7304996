using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Letta.Generated
{
    /// <summary>
    /// A lazy listing: enumerate it for the items, or call <see cref="AsPages"/> for the pages. Nothing
    /// is requested until the enumeration starts, and each page only when the consumer needs it (with
    /// <see cref="ListAllBatchesOptions.Prefetch"/>, as soon as the page before it has arrived).
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    public abstract class LettaPageable<T> : IAsyncEnumerable<T>
    {
        /// <summary>The token passed at creation: it reaches every request and body read of every enumeration.</summary>
        protected CancellationToken CancellationToken { get; }

        /// <summary>Creates the pageable.</summary>
        /// <param name="cancellationToken">Reaches every request of every enumeration.</param>
        protected LettaPageable(CancellationToken cancellationToken = default)
        {
            CancellationToken = cancellationToken;
        }

        /// <summary>The listing as pages.</summary>
        /// <param name="continuationToken">A <see cref="LettaPage{T}.ContinuationToken"/> to resume after, or null to start at the beginning.</param>
        /// <param name="pageSizeHint">Items per request, overriding the listing's page size; null keeps it.</param>
        /// <returns>The pages, requested one at a time as they are consumed.</returns>
        public abstract IAsyncEnumerable<LettaPage<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null);

        /// <summary>Enumerates every item of every page.</summary>
        /// <param name="cancellationToken">Combined with the token the listing was created with.</param>
        /// <returns>The enumerator.</returns>
        public virtual async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        {
            var pages = AsPages().WithCancellation(cancellationToken).ConfigureAwait(false);
            await foreach (var page in pages)
            {
                foreach (var value in page.Values)
                {
                    yield return value;
                }
            }
        }

        /// <summary>A pageable over fixed pages, for users' tests and mocks of <see cref="ILettaClient"/>.</summary>
        /// <param name="pages">The pages, in order.</param>
        /// <returns>A pageable that yields them.</returns>
        public static LettaPageable<T> FromPages(IEnumerable<LettaPage<T>> pages) =>
            new StaticPageable(pages ?? throw new ArgumentNullException(nameof(pages)));

        private sealed class StaticPageable : LettaPageable<T>
        {
            private readonly IEnumerable<LettaPage<T>> _pages;

            public StaticPageable(IEnumerable<LettaPage<T>> pages) => _pages = pages;

            public override async IAsyncEnumerable<LettaPage<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
            {
                var started = continuationToken is null;
                foreach (var page in _pages)
                {
                    if (started) yield return page;
                    started |= page.ContinuationToken == continuationToken;
                }
                // Stryker disable once Statement : its one mutant, this await removed, changes nothing at run time: it only keeps the iterator async
                await Task.CompletedTask.ConfigureAwait(false);
            }
        }
    }
}
