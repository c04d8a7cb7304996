using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Letta.Generated.Tests.Errors
{
    /// <summary>What an error response says: its <c>detail</c> as text, its request id, and its own clock for <c>Retry-After</c>.</summary>
    public class ErrorResponseTests
    {
        private static LettaApiException Error(string body, params (string Name, string[] Values)[] headers)
        {
            var map = new Dictionary<string, IEnumerable<string>>();
            foreach (var (name, values) in headers) map[name] = values;
            return new LettaApiException("m", 500, body, map, null);
        }

        [TestCase("x-request-id")]
        [TestCase("request-id")]
        [TestCase("x-amzn-requestid")]
        [TestCase("cf-ray")]
        public void The_request_id_is_read_from_each_header_servers_and_gateways_use(string header)
        {
            Assert.That(Error("{}", (header, new[] { "id-1" })).RequestId, Is.EqualTo("id-1"));
        }

        [Test]
        public void The_most_specific_request_id_header_wins()
        {
            Assert.That(Error("{}", ("cf-ray", new[] { "ray-1" }), ("x-request-id", new[] { "req-1" })).RequestId, Is.EqualTo("req-1"));
        }

        [Test]
        public void Without_a_request_id_header_the_request_id_is_null()
        {
            Assert.That(Error("{}").RequestId, Is.Null);
        }

        [Test]
        public void A_header_sent_without_a_value_reads_as_absent()
        {
            var error = Error("{}", ("x-request-id", Array.Empty<string>()));

            Assert.That(error.RequestId, Is.Null);
            Assert.That(error.FirstHeader("x-request-id"), Is.Null);
        }

        [Test]
        public void No_body_reads_as_an_empty_body()
        {
            Assert.That(new LettaApiException("m", 500, null, null, null).ResponseBody, Is.EqualTo(string.Empty));
        }

        [Test]
        public void An_empty_detail_list_is_kept_as_json()
        {
            Assert.That(Error("{\"detail\":[]}").Detail, Is.EqualTo("[]"));
        }

        [Test]
        public void A_detail_list_not_shaped_as_validation_errors_is_kept_as_json()
        {
            var error = Error("{\"detail\":[{\"msg\":{\"x\":1}}]}");

            Assert.That(error.Detail, Is.EqualTo("[{\"msg\":{\"x\":1}}]"));
            Assert.That(ErrorResponse.Of(500, "{\"detail\":[{\"msg\":{\"x\":1}}]}", null).ValidationErrors, Is.Empty);
        }

        [Test]
        public void A_detail_that_looks_like_a_date_is_kept_verbatim()
        {
            Assert.That(Error("{\"detail\":\"2025-01-02T03:04:05.120+01:00\"}").Detail, Is.EqualTo("2025-01-02T03:04:05.120+01:00"));
        }

        [Test]
        public void A_body_that_starts_like_json_but_is_not_has_no_detail()
        {
            Assert.That(Error("{detail: oops").Detail, Is.Null);
        }

        [Test]
        public void An_http_date_retry_after_is_read_against_the_responses_own_date()
        {
            var error = Error("{}", ("Date", new[] { "Sun, 29 Nov 2026 07:00:00 GMT" }), ("Retry-After", new[] { "Sun, 29 Nov 2026 07:00:30 GMT" }));

            Assert.That(error.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(30)));
        }

        [Test]
        public void The_responses_date_is_its_own_clock_and_without_one_the_clock_is_now()
        {
            var dated = new Dictionary<string, IEnumerable<string>> { ["Date"] = new[] { "Sun, 29 Nov 2026 07:00:00 GMT" } };
            var undated = new Dictionary<string, IEnumerable<string>> { ["Date"] = Array.Empty<string>() };
            var before = DateTimeOffset.UtcNow;

            Assert.That(ErrorResponse.Now(dated), Is.EqualTo(new DateTimeOffset(2026, 11, 29, 7, 0, 0, TimeSpan.Zero)));
            Assert.That(ErrorResponse.Now(undated), Is.InRange(before, DateTimeOffset.UtcNow));
        }

        [Test]
        public void A_live_response_given_no_body_has_an_empty_body_and_its_headers()
        {
            using var response = new HttpResponseMessage(HttpStatusCode.BadGateway);
            response.Headers.Add("x-request-id", "req-7");

            var error = ErrorResponse.Of(response, new SecretRedactor(Array.Empty<string>()), body: null);

            Assert.That(error.StatusCode, Is.EqualTo(502));
            Assert.That(error.Body, Is.EqualTo(string.Empty));
            Assert.That(error.RequestId, Is.EqualTo("req-7"));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task A_body_from_a_transport_without_the_pipeline_is_read_whole_and_redacted(CancellationToken cancellationToken)
        {
            using var response = new HttpResponseMessage(HttpStatusCode.InternalServerError)
            {
                Content = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"detail\":\"key sk-secret-1 refused\"}")),
            };

            var error = await ErrorResponse.ReadAsync(response, new SecretRedactor(new[] { "sk-secret-1" }), cancellationToken);

            Assert.That(error.Body, Is.EqualTo("{\"detail\":\"key [redacted] refused\"}"));
            Assert.That(error.Detail, Is.EqualTo("key [redacted] refused"));
        }
    }
}
