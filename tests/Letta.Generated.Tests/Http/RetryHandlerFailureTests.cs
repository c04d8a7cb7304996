using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Tests.Support;
using NUnit.Framework;
using Polly.Timeout;

namespace Letta.Generated.Tests.Http
{
    /// <summary>
    /// The retry handler alone over a scripted inner handler, on a fake clock: the exact message of each failure it
    /// translates into a <see cref="LettaException"/>, and the connection of a retried response freed.
    /// </summary>
    [CancelAfter(10_000)]
    public class RetryHandlerFailureTests
    {
        private static readonly TimeSpan NetworkTimeout = TimeSpan.FromSeconds(100);
        private RecordingTimeProvider _time = null!;

        [SetUp]
        public void Start() => _time = new RecordingTimeProvider();

        private Task<HttpResponseMessage> SendAsync(StubTransport inner, int maxRetries = 0)
        {
            var options = new LettaClientOptions(_ => null) { MaxRetries = maxRetries, NetworkTimeout = NetworkTimeout, TimeProvider = _time };
            var handler = new RetryHandler(options, new SecretRedactor(Array.Empty<string>())) { InnerHandler = inner };
            var invoker = new HttpMessageInvoker(handler);
            return invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "http://letta.test/v1/messages/batches"), TestContext.CurrentContext.CancellationToken);
        }

        private static StubTransport Throwing(Exception failure) => new StubTransport((_, _, _) => Task.FromException<HttpResponseMessage>(failure));

        private static async Task<HttpResponseMessage> NeverAnswersAsync(CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new AssertionException("unreachable");
        }

        [Test]
        public async Task Its_own_NetworkTimeout_says_how_long_it_waited_and_how_many_attempts()
        {
            using var inner = new StubTransport((_, _, ct) => NeverAnswersAsync(ct));

            var call = SendAsync(inner);
            await _time.AdvanceWhenWaitingAsync(NetworkTimeout).WithinTest();

            var error = await Assert.ThrowsAsync<LettaTimeoutException>(() => call.WithinTest());
            Assert.That(error!.Message, Is.EqualTo("Letta did not answer within 100 s (NetworkTimeout, per attempt, headers and body), after 1 attempt(s)."));
            Assert.That(error.Timeout, Is.EqualTo(NetworkTimeout));
        }

        [Test]
        public async Task A_timeout_of_a_handler_below_names_that_handler_and_its_duration()
        {
            using var inner = Throwing(new TimeoutRejectedException("gave up", TimeSpan.FromSeconds(30)));

            var error = await Assert.ThrowsAsync<LettaTimeoutException>(() => SendAsync(inner).WithinTest());

            Assert.That(error!.Message, Is.EqualTo(
                "A resilience handler in the HttpClient's pipeline gave up after its timeout of 30 s, after 1 attempt(s) of this client; its retries and timeouts replace the client's own."));
            Assert.That(error.Timeout, Is.EqualTo(TimeSpan.FromSeconds(30)));
        }

        [Test]
        public async Task Timeouts_in_messages_are_rounded_to_the_millisecond()
        {
            using var inner = Throwing(new TimeoutRejectedException("gave up", TimeSpan.FromTicks(12_345_678)));

            var error = await Assert.ThrowsAsync<LettaTimeoutException>(() => SendAsync(inner).WithinTest());

            Assert.That(error!.Message, Does.StartWith("A resilience handler in the HttpClient's pipeline gave up after its timeout of 1.235 s,"));
        }

        [Test]
        public async Task A_timeout_below_on_the_retry_after_its_own_timeout_is_reported_as_the_one_below()
        {
            using var inner = new StubTransport((_, attempt, ct) =>
                attempt == 0 ? NeverAnswersAsync(ct) : Task.FromException<HttpResponseMessage>(new TimeoutRejectedException("gave up", TimeSpan.FromSeconds(30))));

            var call = SendAsync(inner, maxRetries: 1);
            await _time.AdvanceWhenWaitingAsync(NetworkTimeout).WithinTest();
            _time.Advance(await _time.WaitForTimerAsync(d => d != NetworkTimeout).WithinTest());

            var error = await Assert.ThrowsAsync<LettaTimeoutException>(() => call.WithinTest());
            Assert.That(error!.Message, Does.StartWith("A resilience handler in the HttpClient's pipeline gave up after its timeout of 30 s, after 2 attempt(s)"));
        }

        [Test]
        public async Task A_cancellation_below_that_is_not_the_callers_is_a_timeout_below_the_handler()
        {
            using var inner = Throwing(new OperationCanceledException());

            var error = await Assert.ThrowsAsync<LettaTimeoutException>(() => SendAsync(inner).WithinTest());

            Assert.That(error!.Message, Is.EqualTo("A timeout below the client's retry handler elapsed before Letta answered, after 1 attempt(s)."));
        }

        [Test]
        public async Task A_connection_broken_while_reading_names_the_origin_the_attempts_and_the_cause()
        {
            using var inner = Throwing(new HttpRequestException("read failed", new IOException("Connection reset by peer")));

            var error = await Assert.ThrowsAsync<LettaConnectionException>(() => SendAsync(inner).WithinTest());

            Assert.That(error!.Message, Is.EqualTo("The connection to Letta at http://letta.test:80 broke while the response was read, after 1 attempt(s): Connection reset by peer"));
        }

        [Test]
        public async Task An_unreachable_server_names_the_origin_the_attempts_and_the_cause()
        {
            using var inner = Throwing(new HttpRequestException("Connection refused (letta.test:80)"));

            var error = await Assert.ThrowsAsync<LettaConnectionException>(() => SendAsync(inner).WithinTest());

            Assert.That(error!.Message, Is.EqualTo("Could not reach Letta at http://letta.test:80 after 1 attempt(s): Connection refused (letta.test:80)"));
        }

        [TestCase("The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot")]
        [TestCase("The remote certificate is invalid according to the validation procedure: RemoteCertificateNameMismatch")]
        [TestCase("The remote certificate is invalid because of errors in the certificate chain: NotTimeValid")]
        public async Task A_rejected_certificate_is_not_retried_and_says_which_check_failed(string check)
        {
            var attempts = 0;
            using var inner = new StubTransport((_, _) =>
            {
                attempts++;
                throw new HttpRequestException("The SSL connection could not be established, see inner exception.", new System.Security.Authentication.AuthenticationException(check));
            });

            var error = await Assert.ThrowsAsync<LettaConnectionException>(() => SendAsync(inner, maxRetries: 2).WithinTest());

            Assert.That(attempts, Is.EqualTo(1));
            Assert.That(error!.Message, Is.EqualTo("Could not establish a secure connection to Letta at http://letta.test:80 (not retried): " + check));
        }

        [Test]
        public async Task A_retried_response_is_disposed_and_the_final_one_is_not()
        {
            var failed = new TrackedContent("{}");
            var final = new TrackedContent("{}");
            using var inner = new StubTransport((_, attempt) =>
            {
                var response = new HttpResponseMessage(attempt == 0 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK) { Content = attempt == 0 ? failed : final };
                response.Headers.TryAddWithoutValidation("retry-after-ms", "0");
                return response;
            });

            using var response = await SendAsync(inner, maxRetries: 1).WithinTest();

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(failed.Disposed, Is.True, "the 503's connection goes back to the pool before the retry");
            Assert.That(final.Disposed, Is.False);
        }
    }
}
