using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Simulator;
using Letta.Generated.Testing;
using Letta.Generated.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Tests.Http
{
    /// <summary>
    /// Retries in the handler pipeline, against the simulator's faults, on a fake clock: nothing waits for real;
    /// each test waits (bounded) until the client is waiting for a given delay, then advances the clock by it.
    /// </summary>
    [CancelAfter(30_000)]
    public class RetryHandlerTests
    {
        private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(100);
        private LettaSimulator _simulator = null!;
        private RecordingTimeProvider _time = null!;

        [SetUp]
        public void Start()
        {
            _simulator = LettaSimulator.Start(new LettaSimulatorOptions { SeedCount = 3, ListAllStatuses = true });
            _time = new RecordingTimeProvider();
        }

        [TearDown]
        public void Stop() => _simulator.Dispose();

        private LettaClientOptions Options(int maxRetries = 2) => new LettaClientOptions(_ => null)
        {
            BaseUrl = _simulator.BaseUrl,
            MaxRetries = maxRetries,
            NetworkTimeout = AttemptTimeout,
            TimeProvider = _time,
        };

        private LettaClient Client(int maxRetries = 2, Action<LettaClientOptions>? configure = null)
        {
            var options = Options(maxRetries);
            configure?.Invoke(options);
            return new LettaClient(options);
        }

        /// <summary>Lets each backoff (any timer but the per-attempt timeout) elapse as soon as the client starts it.</summary>
        private async Task<T> WithBackoffsElapsingAsync<T>(Task<T> call, int backoffs)
        {
            for (var i = 0; i < backoffs; i++)
            {
                var due = await _time.WaitForTimerAsync(d => d != AttemptTimeout, skip: i).WithinTest();
                _time.Advance(due);
            }

            return await call.WithinTest();
        }

        private Task WithBackoffsElapsingAsync(Task call, int backoffs) =>
            WithBackoffsElapsingAsync(call.ContinueWith(t => { t.GetAwaiter().GetResult(); return 0; }, TaskScheduler.Default), backoffs);

        [Test]
        public async Task A_503_then_200_succeeds_after_one_backoff_with_a_retry_count_header()
        {
            _simulator.Faults.Enqueue(SimulatedFault.ServiceUnavailable());
            using var client = Client();

            var response = await WithBackoffsElapsingAsync(client.ListBatchesAsync(), backoffs: 1);

            Assert.That(response.Result, Has.Count.EqualTo(3));
            Assert.That(_simulator.RequestCount, Is.EqualTo(2));
            Assert.That(_simulator.Requests[0].Headers.ContainsKey("x-stainless-retry-count"), Is.False);
            Assert.That(_simulator.Requests[1].Headers["x-stainless-retry-count"], Is.EqualTo("1"));
            // Polly's first exponential backoff with jitter from 0.5 s: between 0 and 2 × 0.5 s (Polly's documented bound).
            Assert.That(_time.DueTimes.Where(d => d != AttemptTimeout).Single(), Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromSeconds(1)));
        }

        [Test]
        public async Task Each_retry_carries_its_own_number_in_the_retry_count_header()
        {
            _simulator.Faults.EnqueueRepeated(SimulatedFault.ServiceUnavailable(), 3);
            using var client = Client(maxRetries: 3);

            await WithBackoffsElapsingAsync(client.ListBatchesAsync(), backoffs: 3);

            var counts = _simulator.Requests.Select(r => r.Headers.TryGetValue("x-stainless-retry-count", out var v) ? v : "(none)");
            Assert.That(counts, Is.EqualTo(new[] { "(none)", "1", "2", "3" }));
        }

        [Test]
        public async Task Backoff_is_Pollys_exponential_backoff_with_jitter_from_half_a_second_capped_at_8_seconds()
        {
            _simulator.Faults.EnqueueRepeated(SimulatedFault.ServiceUnavailable(), 10);
            using var client = Client(maxRetries: 10);

            await WithBackoffsElapsingAsync(client.ListBatchesAsync(), backoffs: 10);

            var backoffs = _time.DueTimes.Where(d => d != AttemptTimeout).ToList();
            Assert.That(backoffs, Has.Count.EqualTo(10));
            // Uncapped, ten backoffs from 0.5 s would add up to more than 6 minutes: MaxDelay holds each to 8 s.
            Assert.That(backoffs, Has.All.GreaterThan(TimeSpan.Zero).And.All.LessThanOrEqualTo(TimeSpan.FromSeconds(8)));
            // Polly's decorrelated jitter: the first lies between 0 and 2 × 0.5 s; the first four add up to
            // 0.5 s / 1.4 × (2^(3+r) × tanh(√(4 (3+r)))), r in [0, 1): between 2.85 s and 5.71 s. They grow on average.
            Assert.That(backoffs[0], Is.LessThanOrEqualTo(TimeSpan.FromSeconds(1)));
            Assert.That(TimeSpan.FromTicks(backoffs.Take(4).Sum(d => d.Ticks)), Is.InRange(TimeSpan.FromSeconds(2.85), TimeSpan.FromSeconds(5.71)));
        }

        [Test]
        public async Task A_429_with_Retry_After_in_seconds_waits_exactly_that_long()
        {
            _simulator.Faults.Enqueue(SimulatedFault.RateLimited().WithRetryAfter(TimeSpan.FromSeconds(1)));
            using var client = Client();

            var call = client.ListBatchesAsync();
            await _time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(1)).WithinTest();
            await call.WithinTest();

            Assert.That(_simulator.RequestCount, Is.EqualTo(2));
        }

        [Test]
        public async Task A_429_with_Retry_After_as_an_HTTP_date_waits_until_then()
        {
            _simulator.Faults.Enqueue(SimulatedFault.RateLimited().WithRetryAfter(_time.GetUtcNow().AddSeconds(3)));
            using var client = Client();

            var call = client.ListBatchesAsync();
            await _time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(3)).WithinTest();
            await call.WithinTest();

            Assert.That(_simulator.RequestCount, Is.EqualTo(2));
        }

        [Test]
        public async Task Retry_after_ms_wins_over_Retry_After()
        {
            _simulator.Faults.Enqueue(SimulatedFault.ServiceUnavailable().WithRetryAfter(TimeSpan.FromSeconds(9)).WithRetryAfterMilliseconds(250));
            using var client = Client();

            var call = client.ListBatchesAsync();
            await _time.AdvanceWhenWaitingAsync(TimeSpan.FromMilliseconds(250)).WithinTest();
            await call.WithinTest();

            Assert.That(_time.DueTimes, Has.No.Member(TimeSpan.FromSeconds(9)));
        }

        [Test]
        public async Task A_Retry_After_longer_than_the_8_second_backoff_cap_is_waited_exactly()
        {
            _simulator.Faults.Enqueue(SimulatedFault.ServiceUnavailable().WithRetryAfter(TimeSpan.FromSeconds(45)));
            using var client = Client();

            var call = client.ListBatchesAsync();
            await _time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(45)).WithinTest();
            await call.WithinTest();

            Assert.That(_time.DueTimes.Where(d => d != AttemptTimeout), Is.EqualTo(new[] { TimeSpan.FromSeconds(45) }));
            Assert.That(_simulator.RequestCount, Is.EqualTo(2));
        }

        [Test]
        public async Task A_Retry_After_above_the_maximum_falls_back_to_the_normal_backoff()
        {
            _simulator.Faults.Enqueue(SimulatedFault.ServiceUnavailable().WithRetryAfter(TimeSpan.FromSeconds(120)));
            using var client = Client();

            await WithBackoffsElapsingAsync(client.ListBatchesAsync(), backoffs: 1);

            Assert.That(_time.DueTimes.Where(d => d != AttemptTimeout).Single(), Is.LessThanOrEqualTo(TimeSpan.FromSeconds(1)), "Polly's first backoff");
        }

        [TestCase("1e300")]
        [TestCase("-5")]
        [TestCase("soon")]
        [TestCase("99999999999999999999")]
        public async Task An_unusable_Retry_After_falls_back_to_the_normal_backoff(string value)
        {
            _simulator.Faults.Enqueue(SimulatedFault.ServiceUnavailable().WithHeader("Retry-After", value));
            using var client = Client();

            await WithBackoffsElapsingAsync(client.ListBatchesAsync(), backoffs: 1);

            Assert.That(_time.DueTimes.Where(d => d != AttemptTimeout).Single(), Is.LessThanOrEqualTo(TimeSpan.FromSeconds(1)), "Polly's first backoff");
        }

        [TestCase("Infinity")]
        [TestCase("NaN")]
        [TestCase("1e300")]
        public async Task An_unusable_retry_after_ms_falls_back_to_the_normal_backoff(string value)
        {
            _simulator.Faults.Enqueue(SimulatedFault.ServiceUnavailable().WithHeader("retry-after-ms", value));
            using var client = Client();

            await WithBackoffsElapsingAsync(client.ListBatchesAsync(), backoffs: 1);

            Assert.That(_time.DueTimes.Where(d => d != AttemptTimeout).Single(), Is.LessThanOrEqualTo(TimeSpan.FromSeconds(1)), "Polly's first backoff");
        }

        [Test]
        public async Task A_409_database_lock_with_Retry_After_is_retried_after_that_delay()
        {
            _simulator.Faults.Enqueue(SimulatedFault.DatabaseLocked());
            using var client = Client();

            var call = client.ListBatchesAsync();
            await _time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(1)).WithinTest();
            await call.WithinTest();

            Assert.That(_simulator.RequestCount, Is.EqualTo(2));
        }

        [Test]
        public async Task X_should_retry_false_on_a_503_is_not_retried()
        {
            _simulator.Faults.Enqueue(SimulatedFault.ServiceUnavailable().WithShouldRetry(false));
            using var client = Client();

            await Assert.ThrowsAsync<LettaServerException>(() => client.ListBatchesAsync().WithinTest());

            Assert.That(_simulator.RequestCount, Is.EqualTo(1));
        }

        [Test]
        public async Task X_should_retry_true_on_a_400_is_retried()
        {
            _simulator.Faults.Enqueue(SimulatedFault.Status(400, "{\"detail\":\"try again\"}").WithShouldRetry(true));
            using var client = Client();

            await WithBackoffsElapsingAsync(client.ListBatchesAsync(), backoffs: 1);

            Assert.That(_simulator.RequestCount, Is.EqualTo(2));
        }

        [TestCase(0)]
        [TestCase(2)]
        [TestCase(4)]
        public async Task Retries_stop_after_exactly_max_retries_plus_one_attempts(int maxRetries)
        {
            _simulator.Faults.EnqueueRepeated(SimulatedFault.UnknownError(), 10);
            using var client = Client(maxRetries);

            var error = await Assert.ThrowsAsync<LettaServerException>(() => WithBackoffsElapsingAsync(client.ListBatchesAsync(), maxRetries));

            Assert.That(error!.StatusCode, Is.EqualTo(500));
            Assert.That(error.Detail, Is.EqualTo("An unknown error occurred"));
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

            await Assert.ThrowsAsync(Is.InstanceOf<LettaApiException>(), () => client.ListBatchesAsync().WithinTest());

            Assert.That(_simulator.RequestCount, Is.EqualTo(1));
        }

        [TestCase(408)]
        [TestCase(500)]
        [TestCase(502)]
        [TestCase(503)]
        [TestCase(504)]
        public async Task Timeouts_gateways_and_server_errors_are_retried(int status)
        {
            _simulator.Faults.Enqueue(SimulatedFault.Status(status, "<html>busy</html>", "text/html"));
            using var client = Client();

            await WithBackoffsElapsingAsync(client.ListBatchesAsync(), backoffs: 1);

            Assert.That(_simulator.RequestCount, Is.EqualTo(2));
        }

        [Test]
        public async Task A_slow_response_hits_the_per_attempt_timeout_is_retried_then_raises_the_timeout_exception()
        {
            _simulator.Faults.EnqueueRepeated(SimulatedFault.Slow(TimeSpan.FromMinutes(10)), 3);
            var arrivals = new SemaphoreSlim(0);
            _simulator.OnRequest(_ => arrivals.Release());
            using var client = Client(maxRetries: 2);

            var call = client.ListBatchesAsync();
            for (var attempt = 0; attempt < 3; attempt++)
            {
                // Only once the attempt reached the server (and took its fault) does its timeout elapse.
                await arrivals.WaitAsync(TestContext.CurrentContext.CancellationToken);
                await _time.AdvanceWhenWaitingAsync(AttemptTimeout, skip: attempt).WithinTest();
                if (attempt < 2)
                {
                    _time.Advance(await _time.WaitForTimerAsync(d => d != AttemptTimeout, skip: attempt).WithinTest());
                }
            }

            var error = await Assert.ThrowsAsync<LettaTimeoutException>(() => call.WithinTest());
            Assert.That(error!.Timeout, Is.EqualTo(AttemptTimeout));
            Assert.That(error.Message, Does.Contain("100 s").And.Contain("3 attempt(s)"));
        }

        [Test]
        public async Task A_slow_first_attempt_that_times_out_is_retried_and_can_succeed()
        {
            _simulator.Faults.Enqueue(SimulatedFault.Slow(TimeSpan.FromMinutes(10)));
            var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _simulator.OnRequest(_ => arrived.TrySetResult());
            using var client = Client();

            var call = client.ListBatchesAsync();
            await arrived.Task.WithinTest();
            await _time.AdvanceWhenWaitingAsync(AttemptTimeout).WithinTest();
            var response = await WithBackoffsElapsingAsync(call, backoffs: 1);

            Assert.That(response.Result, Has.Count.EqualTo(3));
        }

        [Test]
        public async Task A_refused_connection_is_retried_then_raises_the_connection_exception()
        {
            using var refusing = new RefusingPort();
            using var client = Client(configure: o => o.BaseUrl = refusing.BaseUrl);

            var error = await Assert.ThrowsAsync<LettaConnectionException>(() => WithBackoffsElapsingAsync(client.ListBatchesAsync(), backoffs: 2));

            Assert.That(error!.Message, Does.Contain(refusing.BaseUrl.GetLeftPart(UriPartial.Authority)).And.Contain("3 attempt(s)"));
        }

        [Test]
        public async Task Cancelling_during_a_backoff_returns_promptly_with_OperationCanceledException()
        {
            _simulator.Faults.Enqueue(SimulatedFault.ServiceUnavailable().WithRetryAfter(TimeSpan.FromSeconds(30)));
            using var cancellation = new CancellationTokenSource();
            using var client = Client();

            var call = client.ListBatchesAsync(cancellationToken: cancellation.Token);
            await _time.WaitForTimerAsync(due => due == TimeSpan.FromSeconds(30)).WithinTest();
            cancellation.Cancel();

            var error = await Assert.CatchAsync<OperationCanceledException>(() => call.WithinTest());
            Assert.That(error, Is.Not.InstanceOf<LettaException>());
            Assert.That(_simulator.RequestCount, Is.EqualTo(1));
        }

        [Test]
        public async Task The_callers_cancellation_during_a_request_is_not_a_timeout_and_is_not_retried()
        {
            _simulator.Faults.Enqueue(SimulatedFault.Slow(TimeSpan.FromMinutes(10)));
            var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _simulator.OnRequest(_ => arrived.TrySetResult());
            using var cancellation = new CancellationTokenSource();
            using var client = Client();

            var call = client.ListBatchesAsync(cancellationToken: cancellation.Token);
            await arrived.Task.WithinTest();
            cancellation.Cancel();

            var error = await Assert.CatchAsync<OperationCanceledException>(() => call.WithinTest());
            Assert.That(error, Is.Not.InstanceOf<LettaException>());
            Assert.That(_simulator.RequestCount, Is.EqualTo(1));
        }

        [Test]
        public async Task A_complete_200_whose_json_is_cut_short_is_a_response_exception_and_not_retried()
        {
            _simulator.Faults.Enqueue(SimulatedFault.TruncatedPage());
            using var client = Client();

            var error = await Assert.ThrowsAsync<LettaResponseException>(() => client.ListBatchesAsync().WithinTest());

            Assert.That(error!.ResponseBody, Does.StartWith("["));
            Assert.That(_simulator.RequestCount, Is.EqualTo(1));
        }

        [Test]
        public async Task An_html_502_that_persists_surfaces_as_a_server_exception_with_an_excerpt()
        {
            _simulator.Faults.EnqueueRepeated(SimulatedFault.HtmlError(502), 3);
            using var client = Client();

            var error = await Assert.ThrowsAsync<LettaServerException>(() => WithBackoffsElapsingAsync(client.ListBatchesAsync(), backoffs: 2));

            Assert.That(error!.StatusCode, Is.EqualTo(502));
            Assert.That(error.Message, Does.Contain("<html> <head><title>502 Bad Gateway</title>"));
            Assert.That(_simulator.RequestCount, Is.EqualTo(3));
        }

        [Test]
        public async Task Retries_happen_inside_the_pager_too()
        {
            _simulator.Clear();
            _simulator.Seed(10, seed: 5);
            _simulator.Faults.Enqueue(SimulatedFault.ServiceUnavailable());
            using var client = Client();

            var listing = SimulatorListing.CollectIdsAsync(client.ListAllBatchesAsync(new ListAllBatchesOptions { PageSize = 4 }));
            var ids = await WithBackoffsElapsingAsync(listing, backoffs: 1);

            Assert.That(ids, Is.EqualTo(SimulatorListing.ExpectedIds(_simulator.Batches.Select(b => b with { Status = "running" }), SortOrder.Desc)));
        }

        [Test]
        public async Task A_client_over_a_given_HttpClient_retries_exactly_as_one_built_from_options()
        {
            _simulator.Faults.EnqueueRepeated(SimulatedFault.ServiceUnavailable(), 2);
            using var httpClient = new HttpClient();
            using var client = new LettaClient(httpClient, Options(maxRetries: 2));

            var response = await WithBackoffsElapsingAsync(client.ListBatchesAsync(), backoffs: 2);

            Assert.That(response.Result, Has.Count.EqualTo(3));
            Assert.That(_simulator.Requests.Select(r => r.Headers.TryGetValue("x-stainless-retry-count", out var v) ? v : "(none)"), Is.EqualTo(new[] { "(none)", "1", "2" }));
        }

        [Test]
        public async Task A_given_HttpClients_own_timeout_is_a_timeout_exception_naming_it()
        {
            // HttpClient's timer takes no TimeProvider; its handler here fails the way HttpClient does when its own
            // Timeout elapses (a TaskCanceledException around a TimeoutException, the caller's token untouched), at once.
            using var httpClient = new HttpClient(new StubTransport((_, _) => throw new TaskCanceledException(
                "The operation was canceled.", new TimeoutException())))
            { Timeout = TimeSpan.FromTicks(12_345_678) };
            using var client = new LettaClient(httpClient, Options(maxRetries: 0));

            var error = await Assert.ThrowsAsync<LettaTimeoutException>(() => client.ListBatchesAsync().WithinTest());

            Assert.That(error!.Timeout, Is.EqualTo(TimeSpan.FromTicks(12_345_678)));
            Assert.That(error.Message, Is.EqualTo("The given HttpClient's own Timeout (1.235 s) elapsed before Letta answered; give it a Timeout longer than NetworkTimeout, or an infinite one."));
        }
    }
}
