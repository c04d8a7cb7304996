using System;
using System.Diagnostics.Metrics;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging.Abstractions;
using NUnit.Framework;

namespace Letta.Generated.CSharp73Tests
{
    /// <summary>Every public options type is settable, member by member, from C# 7.3 on the netstandard2.0 build.</summary>
    public class OptionsFromCSharp73Tests
    {
        [Test]
        public void Every_LettaClientOptions_member_can_be_set_from_CSharp_7_3()
        {
            var options = new LettaClientOptions(name => null);
            options.ApiKey = "sk-let-73";
            options.BaseUrl = new Uri("http://localhost:8283/");
            options.ProjectId = "proj-73";
            options.DefaultHeaders["X-Team"] = "batches";
            options.MaxRetries = 4;
            options.NetworkTimeout = TimeSpan.FromSeconds(20);
            options.MaxRetryAfter = TimeSpan.FromSeconds(30);
            options.MaxResponseBytes = 2 * 1024 * 1024;
            options.TimeProvider = TimeProvider.System;
            options.LoggerFactory = NullLoggerFactory.Instance;
            options.MeterFactory = new OneMeterPerCall();

            options.Validate();

            Assert.That(options.ToString(), Does.Contain("MaxRetries = 4").And.Contain("localhost:8283"));
        }

        private sealed class OneMeterPerCall : IMeterFactory
        {
            public Meter Create(MeterOptions options) => new Meter(options);

            public void Dispose()
            {
            }
        }

        [Test]
        public void Every_ListAllBatchesOptions_member_can_be_set_from_CSharp_7_3()
        {
            var listing = new ListAllBatchesOptions();
            listing.Order = SortOrder.Asc;
            listing.PageSize = 25;
            listing.CursorReading = CursorReading.Chronological;
            listing.ContinuationToken = null;
            listing.Prefetch = true;

            using (var client = new LettaClient(new LettaClientOptions(name => null)))
            {
                var pageable = client.ListAllBatchesAsync(listing, CancellationToken.None);

                Assert.That(pageable, Is.Not.Null);
                Assert.That(listing.PageSize, Is.EqualTo(25));
                Assert.That(listing.Order, Is.EqualTo(SortOrder.Asc));
            }
        }

        [Test]
        public async Task The_generated_method_takes_named_optional_arguments_from_CSharp_7_3()
        {
            using (var client = new LettaClient(new LettaClientOptions(name => null)))
            {
                // Checked before anything is sent: a negative limit never reaches the network.
                var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.ListBatchesAsync(limit: -1, order: SortOrder.Desc));

                Assert.That(error.ParamName, Is.EqualTo("limit"));
            }
        }
    }
}
