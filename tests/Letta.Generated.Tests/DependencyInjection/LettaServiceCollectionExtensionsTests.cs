using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.DependencyInjection;
using Letta.Generated.Simulator;
using Letta.Generated.Testing;
using Letta.Generated.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace Letta.Generated.Tests.DependencyInjection
{
    /// <summary><c>services.AddLettaClient(...)</c>: a working client through IHttpClientFactory, retries exactly once.</summary>
    [CancelAfter(30_000)]
    public class LettaServiceCollectionExtensionsTests
    {
        private LettaSimulator _simulator = null!;

        [SetUp]
        public void Start() => _simulator = LettaSimulator.Start(new LettaSimulatorOptions { SeedCount = 5, ListAllStatuses = true, ApiKey = "sk-di" });

        [TearDown]
        public void Stop() => _simulator.Dispose();

        private sealed class CountingHandler : DelegatingHandler
        {
            public int Requests;

            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                Interlocked.Increment(ref Requests);
                return base.SendAsync(request, cancellationToken);
            }
        }

        [Test]
        public async Task AddLettaClient_resolves_a_working_client_whose_requests_go_through_the_factorys_handlers()
        {
            var handler = new CountingHandler();
            var services = new ServiceCollection();
            services.AddLettaClient(o =>
            {
                o.BaseUrl = _simulator.BaseUrl;
                o.ApiKey = "sk-di";
            }).AddHttpMessageHandler(() => handler);
            using var provider = services.BuildServiceProvider();

            var client = provider.GetRequiredService<ILettaClient>();
            var batches = await SimulatorListing.CollectIdsAsync(client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = 2 })).WithinTest();

            Assert.That(batches, Has.Count.EqualTo(5));
            Assert.That(_simulator.RequestCount, Is.EqualTo(3), "pages of 2, 2 and 1");
            Assert.That(handler.Requests, Is.EqualTo(3));
        }

        [Test]
        public async Task The_concrete_LettaClient_resolves_to_a_working_client_too()
        {
            var services = new ServiceCollection();
            services.AddLettaClient(o =>
            {
                o.BaseUrl = _simulator.BaseUrl;
                o.ApiKey = "sk-di";
            });
            using var provider = services.BuildServiceProvider();

            var response = await provider.GetRequiredService<LettaClient>().ListBatchesAsync().WithinTest();

            Assert.That(response.Result, Has.Count.EqualTo(5));
        }

        [Test]
        public async Task The_retry_policy_runs_exactly_once_in_the_pipeline()
        {
            var handler = new CountingHandler();
            var time = new RecordingTimeProvider();
            var services = new ServiceCollection();
            services.AddSingleton<TimeProvider>(time);
            services.AddLettaClient(o =>
            {
                o.BaseUrl = _simulator.BaseUrl;
                o.ApiKey = "sk-di";
                o.MaxRetries = 2;
            }).AddHttpMessageHandler(() => handler);
            using var provider = services.BuildServiceProvider();
            _simulator.Faults.EnqueueRepeated(SimulatedFault.ServiceUnavailable(), 5);

            var call = provider.GetRequiredService<ILettaClient>().ListBatchesAsync();
            for (var backoff = 0; backoff < 2; backoff++)
            {
                // The container's TimeProvider drives the backoff: nothing is retried until the test advances it.
                time.Advance(await time.WaitForTimerAsync(d => d < TimeSpan.FromSeconds(10), skip: backoff).WithinTest());
            }

            await Assert.ThrowsAsync<LettaServerException>(() => call.WithinTest());
            Assert.That(_simulator.RequestCount, Is.EqualTo(3));
            Assert.That(handler.Requests, Is.EqualTo(3), "a handler added to the builder sees every attempt");
        }

        [Test]
        public async Task Options_bind_from_the_Letta_configuration_section()
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Letta:BaseUrl"] = _simulator.BaseUrl.ToString(),
                ["Letta:ApiKey"] = "sk-di",
                ["Letta:ProjectId"] = "proj-7",
                ["Letta:MaxRetries"] = "0",
                ["Letta:NetworkTimeout"] = "00:00:30",
                ["Letta:DefaultHeaders:X-Team"] = "batches",
            }).Build();
            var services = new ServiceCollection();
            services.AddLettaClient(configuration);
            using var provider = services.BuildServiceProvider();

            var response = await provider.GetRequiredService<ILettaClient>().ListBatchesAsync().WithinTest();

            Assert.That(response.Result, Has.Count.EqualTo(5));
            var headers = _simulator.Requests[0].Headers;
            Assert.That(headers["X-Project-Id"], Is.EqualTo("proj-7"));
            Assert.That(headers["X-Team"], Is.EqualTo("batches"));
            Assert.That(headers["Authorization"], Is.EqualTo("Bearer sk-di"));
        }

        [Test]
        public void Invalid_options_fail_when_the_client_is_resolved_with_a_clear_message()
        {
            var services = new ServiceCollection();
            services.AddLettaClient(o => o.BaseUrl = new Uri("/relative", UriKind.Relative));
            using var provider = services.BuildServiceProvider();

            var error = Assert.Throws<ArgumentException>(() => provider.GetRequiredService<ILettaClient>());

            Assert.That(error!.ParamName, Is.EqualTo("BaseUrl"));
        }

        [Test]
        public async Task An_empty_ApiKey_in_configuration_means_no_key_like_an_empty_environment_variable()
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Letta:BaseUrl"] = _simulator.BaseUrl.ToString(),
                ["Letta:ApiKey"] = "",
            }).Build();
            _simulator.Options.ApiKey = null;
            var services = new ServiceCollection();
            services.AddLettaClient(configuration);
            using var provider = services.BuildServiceProvider();

            await provider.GetRequiredService<ILettaClient>().ListBatchesAsync().WithinTest();

            Assert.That(_simulator.Requests[0].Headers.ContainsKey("Authorization"), Is.False);
        }

        [Test]
        public void Resolving_the_client_leaves_the_configured_options_instance_unchanged()
        {
            var services = new ServiceCollection();
            services.AddSingleton<TimeProvider>(new RecordingTimeProvider());
            services.AddLettaClient(o => o.BaseUrl = _simulator.BaseUrl);
            using var provider = services.BuildServiceProvider();

            provider.GetRequiredService<ILettaClient>();

            var configured = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<LettaClientOptions>>().Value;
            Assert.That(configured.TimeProvider, Is.SameAs(TimeProvider.System));
        }
    }
}
