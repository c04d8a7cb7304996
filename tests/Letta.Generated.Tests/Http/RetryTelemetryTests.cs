using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Simulator;
using Letta.Generated.Tests.Support;
using Microsoft.Extensions.Logging;
using NUnit.Framework;

namespace Letta.Generated.Tests.Http
{
    /// <summary>
    /// What the retry handler reports: log events 100 (a retry) and 101 (a give-up) under <c>Letta.Generated.Http</c>,
    /// and <c>letta.client.retry.count</c>, <c>letta.client.retry.delay</c>, <c>letta.client.request.count</c>. In-process
    /// simulator, fake clock: each test advances it by exactly the wait the client announced.
    /// </summary>
    [CancelAfter(30_000)]
    public class RetryTelemetryTests
    {
        private const string Url = "http://letta-simulator.invalid/v1/messages/batches";
        private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(100);
        private SimulatedLettaServer _server = null!;
        private RecordingTimeProvider _time = null!;

        [SetUp]
        public void Start()
        {
            _server = InProcessListing.ServerWith(3);
            _time = new RecordingTimeProvider();
        }

        [TearDown]
        public void Stop() => _server.Dispose();

        /// <summary>Lets each backoff (any timer but the per-attempt timeout) elapse as soon as the client starts it.</summary>
        private async Task<T> WithWaitsElapsingAsync<T>(Task<T> call, int waits)
        {
            for (var i = 0; i < waits; i++)
            {
                var due = await _time.WaitForTimerAsync(d => d != AttemptTimeout, skip: i).WithinTest();
                _time.Advance(due);
            }

            return await call.WithinTest();
        }

        [Test]
        public async Task A_retry_is_logged_once_with_the_attempt_the_status_the_delay_and_its_source()
        {
            using var telemetry = new TelemetryCapture();
            _server.Faults.Enqueue(SimulatedFault.RateLimited().WithRetryAfter(TimeSpan.FromSeconds(1)));
            using var client = InProcessListing.Client(_server, _time, telemetry);

            await WithWaitsElapsingAsync(client.ListBatchesAsync(), waits: 1);

            var retry = telemetry.Events(100).Single();
            Assert.That(retry.Id.Name, Is.EqualTo("RequestRetrying"));
            Assert.That(retry.Level, Is.EqualTo(LogLevel.Information));
            Assert.That(retry.Category, Is.EqualTo("Letta.Generated.Http"));
            Assert.That(retry.Message, Is.EqualTo("Retrying Letta request GET " + Url + ": attempt 1 of 3 failed with 429; waiting 1000 ms (retry-after)."));
            Assert.That(retry.GetStructuredStateValue("Attempt"), Is.EqualTo("1"));
            Assert.That(retry.GetStructuredStateValue("MaxAttempts"), Is.EqualTo("3"));
            Assert.That(retry.GetStructuredStateValue("Outcome"), Is.EqualTo("429"));
            Assert.That(retry.GetStructuredStateValue("DelayMs"), Is.EqualTo("1000"));
            Assert.That(retry.GetStructuredStateValue("DelaySource"), Is.EqualTo("retry-after"));
        }

        [TestCase("retry-after-ms", 1500, "1500 ms (retry-after-ms)")]
        [TestCase("Retry-After", 2, "2000 ms (retry-after)")]
        public async Task A_retry_names_the_server_header_its_wait_came_from(string header, int value, string expected)
        {
            using var telemetry = new TelemetryCapture();
            _server.Faults.Enqueue(SimulatedFault.ServiceUnavailable().WithHeader(header, value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            using var client = InProcessListing.Client(_server, _time, telemetry);

            await WithWaitsElapsingAsync(client.ListBatchesAsync(), waits: 1);

            Assert.That(telemetry.Events(100).Single().Message, Does.EndWith("failed with 503; waiting " + expected + "."));
        }

        [TestCase(null, "backoff")]
        [TestCase("120", "backoff-over-max-retry-after")]
        public async Task A_retry_without_a_usable_hint_names_the_backoff(string? retryAfter, string expectedSource)
        {
            using var telemetry = new TelemetryCapture();
            var fault = SimulatedFault.ServiceUnavailable();
            _server.Faults.Enqueue(retryAfter is null ? fault : fault.WithHeader("Retry-After", retryAfter));
            using var client = InProcessListing.Client(_server, _time, telemetry);

            await WithWaitsElapsingAsync(client.ListBatchesAsync(), waits: 1);

            var retry = telemetry.Events(100).Single();
            Assert.That(retry.GetStructuredStateValue("DelaySource"), Is.EqualTo(expectedSource));
            // Polly's first backoff (between 0 and 1 s), reported as the wait the client really started.
            var delayMs = long.Parse(retry.GetStructuredStateValue("DelayMs")!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.That(delayMs, Is.InRange(1, 1000));
            Assert.That(delayMs, Is.EqualTo(_time.DueTimes.Where(d => d != AttemptTimeout).Single().TotalMilliseconds).Within(1));
        }

        [Test]
        public async Task Giving_up_is_logged_as_a_warning_with_the_attempts_and_the_last_outcome()
        {
            using var telemetry = new TelemetryCapture();
            _server.Faults.Enqueue(SimulatedFault.ServiceUnavailable().WithRetryAfter(TimeSpan.FromSeconds(1)).AsSticky());
            using var client = InProcessListing.Client(_server, _time, telemetry, maxRetries: 1);

            var call = client.ListBatchesAsync();
            await _time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(1)).WithinTest();
            await Assert.ThrowsAsync<LettaServerException>(() => call.WithinTest());

            Assert.That(telemetry.Events(100), Has.Count.EqualTo(1));
            var gaveUp = telemetry.Events(101).Single();
            Assert.That(gaveUp.Id.Name, Is.EqualTo("RequestGaveUp"));
            Assert.That(gaveUp.Level, Is.EqualTo(LogLevel.Warning));
            Assert.That(gaveUp.Category, Is.EqualTo("Letta.Generated.Http"));
            Assert.That(gaveUp.Message, Is.EqualTo("Letta request GET " + Url + " gave up after 2 attempt(s); the last failed with 503."));
        }

        [Test]
        public async Task A_failure_without_a_response_that_exhausts_the_retries_is_a_give_up_named_by_its_type()
        {
            using var telemetry = new TelemetryCapture();
            _server.Faults.Enqueue(SimulatedFault.ConnectionReset(afterBytes: 0));
            using var client = InProcessListing.Client(_server, _time, telemetry, maxRetries: 0);

            await Assert.ThrowsAsync<LettaConnectionException>(() => client.ListBatchesAsync().WithinTest());

            Assert.That(telemetry.Events(101).Single().Message, Is.EqualTo("Letta request GET " + Url + " gave up after 1 attempt(s); the last failed with System.Net.Http.HttpRequestException."));
        }

        [Test]
        public async Task Cancelling_during_the_wait_before_a_retry_is_not_a_give_up()
        {
            using var telemetry = new TelemetryCapture();
            using var cancellation = new System.Threading.CancellationTokenSource();
            _server.Faults.Enqueue(SimulatedFault.ServiceUnavailable().WithRetryAfter(TimeSpan.FromSeconds(1)));
            using var client = InProcessListing.Client(_server, _time, telemetry);

            var call = client.ListBatchesAsync(cancellationToken: cancellation.Token);
            await _time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(1)).WithinTest();
            cancellation.Cancel();

            Assert.That(async () => await call.WithinTest(), Throws.InstanceOf<OperationCanceledException>());
            Assert.That(telemetry.Events(100), Has.Count.EqualTo(1), "the retry was announced");
            Assert.That(telemetry.Events(101), Is.Empty, "the caller stopped it: nothing gave up");
        }

        [Test]
        public async Task A_status_that_is_never_retried_is_neither_a_retry_nor_a_give_up()
        {
            using var telemetry = new TelemetryCapture();
            _server.Faults.Enqueue(SimulatedFault.Status(404, "{\"detail\":\"Not Found\"}"));
            using var client = InProcessListing.Client(_server, _time, telemetry);

            await Assert.ThrowsAsync<LettaNotFoundException>(() => client.ListBatchesAsync().WithinTest());

            Assert.That(telemetry.Events(100), Is.Empty);
            Assert.That(telemetry.Events(101), Is.Empty);
        }

        [Test]
        public async Task Each_retry_adds_one_to_letta_client_retry_count_with_the_failed_status_and_the_delay_source()
        {
            using var telemetry = new TelemetryCapture();
            var retries = telemetry.Collect<long>("letta.client.retry.count");
            _server.Faults.Enqueue(SimulatedFault.RateLimited().WithRetryAfter(TimeSpan.FromSeconds(1)));
            using var client = InProcessListing.Client(_server, _time, telemetry);

            await WithWaitsElapsingAsync(client.ListBatchesAsync(), waits: 1);

            var measurement = retries.GetMeasurementSnapshot().Single();
            Assert.That(measurement.Value, Is.EqualTo(1));
            Assert.That(measurement.Tags, Is.EquivalentTo(new Dictionary<string, object?>
            {
                ["http.response.status_code"] = 429,
                ["error.type"] = "429",
                ["letta.retry.delay_source"] = "retry-after",
            }));
            Assert.That(retries.Instrument!.Unit, Is.EqualTo("{retry}"));
        }

        [Test]
        public async Task Each_retry_records_its_wait_in_seconds_in_letta_client_retry_delay()
        {
            using var telemetry = new TelemetryCapture();
            var delays = telemetry.Collect<double>("letta.client.retry.delay");
            _server.Faults.Enqueue(SimulatedFault.ServiceUnavailable().WithRetryAfterMilliseconds(1500));
            using var client = InProcessListing.Client(_server, _time, telemetry);

            await WithWaitsElapsingAsync(client.ListBatchesAsync(), waits: 1);

            var measurement = delays.GetMeasurementSnapshot().Single();
            Assert.That(measurement.Value, Is.EqualTo(1.5));
            Assert.That(measurement.Tags, Is.EquivalentTo(new Dictionary<string, object?> { ["letta.retry.delay_source"] = "retry-after-ms" }));
            Assert.That(delays.Instrument!.Unit, Is.EqualTo("s"));
        }

        [Test]
        public async Task A_request_adds_one_to_letta_client_request_count_once_after_its_retries_with_its_final_status()
        {
            using var telemetry = new TelemetryCapture();
            var requests = telemetry.Collect<long>("letta.client.request.count");
            _server.Faults.Enqueue(SimulatedFault.ServiceUnavailable().WithRetryAfter(TimeSpan.FromSeconds(1)));
            using var client = InProcessListing.Client(_server, _time, telemetry);

            await WithWaitsElapsingAsync(client.ListBatchesAsync(), waits: 1);

            var measurement = requests.GetMeasurementSnapshot().Single();
            Assert.That(measurement.Value, Is.EqualTo(1));
            Assert.That(measurement.Tags, Is.EquivalentTo(new Dictionary<string, object?> { ["http.response.status_code"] = 200 }));
            Assert.That(requests.Instrument!.Unit, Is.EqualTo("{request}"));
        }

        [TestCase(400, "400")]
        [TestCase(404, "404")]
        public async Task A_failed_request_is_counted_with_its_status_as_the_error_type(int status, string expectedErrorType)
        {
            using var telemetry = new TelemetryCapture();
            var requests = telemetry.Collect<long>("letta.client.request.count");
            _server.Faults.Enqueue(SimulatedFault.Status(status, "{\"detail\":\"it went wrong\"}"));
            using var client = InProcessListing.Client(_server, _time, telemetry);

            await Assert.ThrowsAsync(Is.InstanceOf<LettaApiException>(), () => client.ListBatchesAsync().WithinTest());

            Assert.That(requests.GetMeasurementSnapshot().Single().Tags, Is.EquivalentTo(new Dictionary<string, object?>
            {
                ["http.response.status_code"] = status,
                ["error.type"] = expectedErrorType,
            }));
        }

        [Test]
        public async Task A_redirect_without_a_location_is_counted_with_its_status_and_no_error_type()
        {
            using var telemetry = new TelemetryCapture();
            var requests = telemetry.Collect<long>("letta.client.request.count");
            _server.Faults.Enqueue(SimulatedFault.Status(302, "{}"));
            using var client = InProcessListing.Client(_server, _time, telemetry);

            await Assert.ThrowsAsync(Is.InstanceOf<LettaException>(), () => client.ListBatchesAsync().WithinTest());

            Assert.That(requests.GetMeasurementSnapshot().Single().Tags, Is.EquivalentTo(new Dictionary<string, object?> { ["http.response.status_code"] = 302 }));
        }

        [Test]
        public async Task A_request_that_failed_without_a_response_is_counted_with_the_exception_type_as_the_error_type()
        {
            using var telemetry = new TelemetryCapture();
            var requests = telemetry.Collect<long>("letta.client.request.count");
            _server.Faults.Enqueue(SimulatedFault.ConnectionReset(afterBytes: 0));
            using var client = InProcessListing.Client(_server, _time, telemetry, maxRetries: 0);

            await Assert.ThrowsAsync<LettaConnectionException>(() => client.ListBatchesAsync().WithinTest());

            Assert.That(requests.GetMeasurementSnapshot().Single().Tags, Is.EquivalentTo(new Dictionary<string, object?> { ["error.type"] = "System.Net.Http.HttpRequestException" }));
        }


        // How a failed attempt is named in logs and as error.type, and the URL reported with it.
        [Test]
        public void A_cancellation_that_is_not_the_callers_is_a_timeout()
        {
            Assert.That(RetryTelemetry.Outcome(new OperationCanceledException(), CancellationToken.None), Is.EqualTo("timeout"));
        }

        [Test]
        public void The_callers_cancellation_is_named_by_its_type()
        {
            Assert.That(RetryTelemetry.Outcome(new OperationCanceledException(), new CancellationToken(true)), Is.EqualTo("System.OperationCanceledException"));
        }

        [Test]
        public void The_reported_url_keeps_scheme_host_port_and_path_only()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "http://user:pw@letta.test:8283/v1/messages/batches?limit=5#x");

            Assert.That(RetryTelemetry.Url(request), Is.EqualTo("http://letta.test:8283/v1/messages/batches"));
        }

        [Test]
        public void A_request_without_an_absolute_url_is_reported_as_having_none()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/messages/batches");

            Assert.That(RetryTelemetry.Url(request), Is.EqualTo("(no URL)"));
        }

    }
}
