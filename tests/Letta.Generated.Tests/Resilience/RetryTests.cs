using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Testing;
using Letta.Generated.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Tests.Resilience
{
    /// <summary>Retries against the simulator's fault injection, on a clock the test drives (nothing waits for real).</summary>
    public class RetryTests
    {
        private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(100);
        private LettaSimulator _simulator = null!;
        private ManualTimeProvider _time = null!;

        [SetUp]
        public void Start()
        {
            _simulator = LettaSimulator.Start(new LettaSimulatorOptions { SeedCount = 3, ListAllStatuses = true });
            _time = new ManualTimeProvider();
        }

        [TearDown]
        public void Stop() => _simulator.Dispose();

        private LettaClient Client(int maxRetries = 2, Action<LettaClientOptions>? configure = null)
        {
            var options = new LettaClientOptions(_ => null)
            {
                BaseUrl = _simulator.BaseUrl,
                MaxRetries = maxRetries,
                NetworkTimeout = AttemptTimeout,
                TimeProvider = _time,
            };
            configure?.Invoke(options);
            return new LettaClient(options);
        }

        [Test]
        public async Task A_503_then_200_succeeds_after_one_backoff_with_a_retry_count_header()
        {
            _simulator.Faults.Enqueue(SimulatedFault.ServiceUnavailable());
            using var client = Client();

            var response = await client.ListBatchesAsync();

            Assert.That(response.Value, Has.Count.EqualTo(3));
            Assert.That(_simulator.RequestCount, Is.EqualTo(2));
            Assert.That(_simulator.Requests[0].Headers.ContainsKey("x-stainless-retry-count"), Is.False);
            Assert.That(_simulator.Requests[1].Headers["x-stainless-retry-count"], Is.EqualTo("1"));
            Assert.That(_time.AutoFired.Single(), Is.InRange(TimeSpan.FromSeconds(0.375), TimeSpan.FromSeconds(0.5)));
        }

        [Test]
        public async Task Backoff_doubles_up_to_8_seconds_with_at_most_25_percent_jitter()
        {
            _simulator.Faults.EnqueueRepeated(SimulatedFault.ServiceUnavailable(), 6);
            using var client = Client(maxRetries: 6);

            await client.ListBatchesAsync();

            var delays = _time.AutoFired.ToArray();
            var nominal = new[] { 0.5, 1, 2, 4, 8, 8 };
            Assert.That(delays, Has.Length.EqualTo(6));
            for (var i = 0; i < delays.Length; i++)
            {
                Assert.That(delays[i].TotalSeconds, Is.InRange(nominal[i] * 0.75, nominal[i]), "retry " + (i + 1));
            }
        }

        [Test]
        public async Task A_429_with_Retry_After_in_seconds_waits_exactly_that_long()
        {
            _simulator.Faults.Enqueue(SimulatedFault.RateLimited().WithRetryAfter(TimeSpan.FromSeconds(1)));
            using var client = Client();

            await client.ListBatchesAsync();

            Assert.That(_time.AutoFired.Single(), Is.EqualTo(TimeSpan.FromSeconds(1)));
            Assert.That(_simulator.RequestCount, Is.EqualTo(2));
        }

        [Test]
        public async Task A_429_with_Retry_After_as_an_HTTP_date_waits_until_then()
        {
            _simulator.Faults.Enqueue(SimulatedFault.RateLimited().WithRetryAfter(_time.GetUtcNow().AddSeconds(3)));
            using var client = Client();

            await client.ListBatchesAsync();

            Assert.That(_time.AutoFired.Single(), Is.EqualTo(TimeSpan.FromSeconds(3)));
        }

        [Test]
        public async Task Retry_after_ms_wins_over_Retry_After()
        {
            _simulator.Faults.Enqueue(SimulatedFault.ServiceUnavailable().WithRetryAfter(TimeSpan.FromSeconds(9)).WithRetryAfterMilliseconds(250));
            using var client = Client();

            await client.ListBatchesAsync();

            Assert.That(_time.AutoFired.Single(), Is.EqualTo(TimeSpan.FromMilliseconds(250)));
        }

        [Test]
        public async Task A_Retry_After_above_the_maximum_falls_back_to_the_normal_backoff()
        {
            _simulator.Faults.Enqueue(SimulatedFault.ServiceUnavailable().WithRetryAfter(TimeSpan.FromSeconds(120)));
            using var client = Client();

            await client.ListBatchesAsync();

            Assert.That(_time.AutoFired.Single(), Is.LessThanOrEqualTo(TimeSpan.FromSeconds(0.5)));
        }

        [Test]
        public async Task A_409_database_lock_with_Retry_After_is_retried_after_that_delay()
        {
            _simulator.Faults.Enqueue(SimulatedFault.DatabaseLocked());
            using var client = Client();

            await client.ListBatchesAsync();

            Assert.That(_time.AutoFired.Single(), Is.EqualTo(TimeSpan.FromSeconds(1)));
            Assert.That(_simulator.RequestCount, Is.EqualTo(2));
        }

        [Test]
        public async Task X_should_retry_false_on_a_503_is_not_retried()
        {
            _simulator.Faults.Enqueue(SimulatedFault.ServiceUnavailable().WithShouldRetry(false));
            using var client = Client();

            await Assert.ThrowsAsync<LettaServerException>(() => client.ListBatchesAsync());

            Assert.That(_simulator.RequestCount, Is.EqualTo(1));
        }

        [Test]
        public async Task X_should_retry_true_on_a_400_is_retried()
        {
            _simulator.Faults.Enqueue(SimulatedFault.Status(400, "{\"detail\":\"try again\"}").WithShouldRetry(true));
            using var client = Client();

            await client.ListBatchesAsync();

            Assert.That(_simulator.RequestCount, Is.EqualTo(2));
        }

        [TestCase(0)]
        [TestCase(2)]
        [TestCase(4)]
        public async Task Retries_stop_after_exactly_max_retries_plus_one_attempts(int maxRetries)
        {
            _simulator.Faults.EnqueueRepeated(SimulatedFault.UnknownError(), 10);
            using var client = Client(maxRetries);

            var error = await Assert.ThrowsAsync<LettaServerException>(() => client.ListBatchesAsync());

            Assert.That(error!.Status, Is.EqualTo(500));
            Assert.That(_simulator.RequestCount, Is.EqualTo(maxRetries + 1));
        }

        [TestCase(400)]
        [TestCase(401)]
        [TestCase(403)]
        [TestCase(404)]
        [TestCase(422)]
        public async Task Client_errors_are_never_retried(int status)
        {
            _simulator.Faults.Enqueue(SimulatedFault.Status(status, "{\"detail\":\"no\"}"));
            using var client = Client();

            await Assert.ThrowsAsync(Is.InstanceOf<LettaApiException>(), () => client.ListBatchesAsync());

            Assert.That(_simulator.RequestCount, Is.EqualTo(1));
        }

        [TestCase(408)]
        [TestCase(502)]
        [TestCase(504)]
        public async Task Timeouts_gateways_and_server_errors_are_retried(int status)
        {
            _simulator.Faults.Enqueue(SimulatedFault.Status(status, "<html>busy</html>", "text/html"));
            using var client = Client();

            await client.ListBatchesAsync();

            Assert.That(_simulator.RequestCount, Is.EqualTo(2));
        }

        [Test]
        public async Task A_slow_response_hits_the_per_attempt_timeout_is_retried_then_raises_the_timeout_exception()
        {
            _simulator.Faults.EnqueueRepeated(SimulatedFault.Slow(TimeSpan.FromMinutes(10)), 3);
            var arrived = new SemaphoreSlim(0);
            _simulator.OnRequest(_ => arrived.Release());
            using var client = Client(maxRetries: 2);

            var call = client.ListBatchesAsync();
            for (var attempt = 1; attempt <= 3; attempt++)
            {
                await arrived.WaitAsync();
                var timeout = await _time.WaitForTimerAsync(due => due == AttemptTimeout);
                timeout.FireAndAdvance();
            }
            var error = await Assert.ThrowsAsync<LettaTimeoutException>(() => call);

            Assert.That(error!.Timeout, Is.EqualTo(AttemptTimeout));
            Assert.That(_simulator.RequestCount, Is.EqualTo(3));
            Assert.That(_time.AutoFired, Has.Count.EqualTo(2));
        }

        [Test]
        public async Task A_slow_first_attempt_that_times_out_is_retried_and_can_succeed()
        {
            _simulator.Faults.Enqueue(SimulatedFault.Slow(TimeSpan.FromMinutes(10)));
            var arrived = new SemaphoreSlim(0);
            _simulator.OnRequest(_ => arrived.Release());
            using var client = Client();

            var call = client.ListBatchesAsync();
            await arrived.WaitAsync();
            (await _time.WaitForTimerAsync(due => due == AttemptTimeout)).FireAndAdvance();

            Assert.That((await call).Value, Has.Count.EqualTo(3));
        }

        [Test]
        public async Task A_refused_connection_is_retried_then_raises_the_connection_exception()
        {
            var port = _simulator.Server.Port;
            _simulator.Dispose();
            using var client = Client(configure: o => o.BaseUrl = new Uri("http://127.0.0.1:" + port + "/"));

            await Assert.ThrowsAsync<LettaConnectionException>(() => client.ListBatchesAsync());

            Assert.That(_time.AutoFired, Has.Count.EqualTo(2));
        }

        [Test]
        public async Task Cancelling_during_a_backoff_returns_promptly_with_OperationCanceledException()
        {
            _time.AutoFireBelow = TimeSpan.FromSeconds(10);
            _simulator.Faults.Enqueue(SimulatedFault.ServiceUnavailable().WithRetryAfter(TimeSpan.FromSeconds(30)));
            using var cancellation = new CancellationTokenSource();
            using var client = Client();

            var call = client.ListBatchesAsync(null, cancellation.Token);
            await _time.WaitForTimerAsync(due => due == TimeSpan.FromSeconds(30));
            cancellation.Cancel();

            await Assert.CatchAsync<OperationCanceledException>(() => call);
            Assert.That(_simulator.RequestCount, Is.EqualTo(1));
        }

        [Test]
        public async Task The_callers_cancellation_during_a_request_is_not_a_timeout_and_is_not_retried()
        {
            _simulator.Faults.Enqueue(SimulatedFault.Slow(TimeSpan.FromMinutes(10)));
            var arrived = new SemaphoreSlim(0);
            _simulator.OnRequest(_ => arrived.Release());
            using var cancellation = new CancellationTokenSource();
            using var client = Client();

            var call = client.ListBatchesAsync(null, cancellation.Token);
            await arrived.WaitAsync();
            cancellation.Cancel();

            var error = await Assert.CatchAsync<OperationCanceledException>(() => call);
            Assert.That(error, Is.Not.InstanceOf<LettaException>());
            Assert.That(_simulator.RequestCount, Is.EqualTo(1));
        }

        [Test]
        public async Task A_truncated_200_body_is_a_response_exception_and_not_retried()
        {
            _simulator.Faults.Enqueue(SimulatedFault.TruncatedPage());
            using var client = Client();

            var error = await Assert.ThrowsAsync<LettaResponseException>(() => client.ListBatchesAsync());

            Assert.That(error!.ResponseBody, Does.StartWith("["));
            Assert.That(_simulator.RequestCount, Is.EqualTo(1));
        }

        [Test]
        public async Task An_html_502_that_persists_surfaces_as_a_server_exception_with_an_excerpt()
        {
            _simulator.Faults.EnqueueRepeated(SimulatedFault.HtmlError(502), 3);
            using var client = Client();

            var error = await Assert.ThrowsAsync<LettaServerException>(() => client.ListBatchesAsync());

            Assert.That(error!.Status, Is.EqualTo(502));
            Assert.That(error.Message, Does.Contain("<"));
            Assert.That(_simulator.RequestCount, Is.EqualTo(3));
        }

        [Test]
        public async Task Retries_happen_inside_the_pager_too()
        {
            _simulator.Clear();
            _simulator.Seed(10, seed: 5);
            _simulator.Faults.Enqueue(SimulatedFault.ServiceUnavailable());
            using var client = Client();

            var ids = await SimulatorListing.CollectIdsAsync(client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = 4 }));

            Assert.That(ids, Is.EqualTo(SimulatorListing.ExpectedIds(_simulator.Batches.Select(b => b with { Status = "running" }), SortOrder.Desc)));
        }

        [Test]
        public async Task A_given_HttpClients_own_timeout_is_a_timeout_exception_naming_it()
        {
            _simulator.Faults.EnqueueRepeated(SimulatedFault.Slow(TimeSpan.FromMinutes(10)), 3);
            using var httpClient = new System.Net.Http.HttpClient { Timeout = TimeSpan.FromMilliseconds(50) };
            using var client = new LettaClient(httpClient, new LettaClientOptions(_ => null) { BaseUrl = _simulator.BaseUrl, MaxRetries = 0, TimeProvider = _time, NetworkTimeout = AttemptTimeout });

            var error = await Assert.ThrowsAsync<LettaTimeoutException>(() => client.ListBatchesAsync());

            Assert.That(error!.Timeout, Is.EqualTo(TimeSpan.FromMilliseconds(50)));
            Assert.That(error.Message, Does.Contain("HttpClient"));
        }
    }
}
