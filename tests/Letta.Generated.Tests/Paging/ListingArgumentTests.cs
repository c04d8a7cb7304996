using System;
using Letta.Generated.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Tests.Paging
{
    /// <summary>Bad listing arguments are argument errors at the call, naming the argument, before any request.</summary>
    public class ListingArgumentTests
    {
        private StubTransport _transport = null!;
        private LettaClient _client = null!;

        [SetUp]
        public void Create()
        {
            _transport = new StubTransport((_, _) => throw new AssertionException("no request may be sent"));
            _client = _transport.CreateClient();
        }

        [TearDown]
        public void Dispose()
        {
            _client.Dispose();
            _transport.Dispose();
        }

        private static string Token(SortOrder order) => new ContinuationToken(order, CursorReading.Auto, new PageCursor("job-7", null)).Encode();

        [Test]
        public void A_page_size_of_zero_says_why_the_pager_never_sends_it()
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => _client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = 0 }));

            Assert.That(error!.ParamName, Is.EqualTo("PageSize"));
            Assert.That(error.Message, Does.StartWith("PageSize must be 1 or more (the server reads limit=0 as 'every batch', which the pager never sends)."));
        }

        [Test]
        public void A_page_size_hint_of_zero_says_what_the_server_would_do()
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => _client.ListAllBatchesAsync().AsPages(pageSizeHint: 0));

            Assert.That(error!.ParamName, Is.EqualTo("pageSizeHint"));
            Assert.That(error.Message, Does.StartWith("pageSizeHint must be 1 or more (limit=0 would mean 'every batch' to the server)."));
        }

        [Test]
        public void A_page_size_hint_of_one_is_accepted()
        {
            Assert.DoesNotThrow(() => _client.ListAllBatchesAsync().AsPages(pageSizeHint: 1));
            Assert.That(_transport.Requests, Is.EqualTo(0));
        }

        [Test]
        public void An_order_other_than_asc_or_desc_is_refused_naming_it()
        {
            var error = Assert.Throws<ArgumentException>(() => _client.ListAllBatchesAsync(new ListAllBatchesOptions { Order = new SortOrder("sideways") }));

            Assert.That(error!.ParamName, Is.EqualTo("Order"));
            Assert.That(error.Message, Does.StartWith("Order must be SortOrder.Asc or SortOrder.Desc; got 'sideways'."));
        }

        [Test]
        public void An_undefined_cursor_reading_is_refused()
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => _client.ListAllBatchesAsync(new ListAllBatchesOptions { CursorReading = (CursorReading)42 }));

            Assert.That(error!.ParamName, Is.EqualTo("CursorReading"));
            Assert.That(error.Message, Does.StartWith("Unknown CursorReading."));
        }

        [Test]
        public void A_token_from_a_desc_listing_given_to_an_asc_listing_names_both_orders()
        {
            var error = Assert.Throws<ArgumentException>(() => _client.ListAllBatchesAsync(new ListAllBatchesOptions { Order = SortOrder.Asc }).AsPages(Token(SortOrder.Desc)));

            Assert.That(error!.ParamName, Is.EqualTo("continuationToken"));
            Assert.That(error.Message, Does.StartWith("The continuation token was made by a listing in desc order; this listing is asc."));
        }

        [Test]
        public void A_token_of_the_other_order_in_the_options_names_the_options_property()
        {
            var error = Assert.Throws<ArgumentException>(() =>
                _client.ListAllBatchesAsync(new ListAllBatchesOptions { Order = SortOrder.Desc, ContinuationToken = Token(SortOrder.Asc) }));

            Assert.That(error!.ParamName, Is.EqualTo("ContinuationToken"));
            Assert.That(error.Message, Does.StartWith("The continuation token was made by a listing in asc order; this listing is desc."));
        }
    }
}
