using System;
using System.Collections.Generic;
using NUnit.Framework;

namespace Letta.Generated.Tests.Errors
{
    /// <summary>The exception type and the exact one-line message for each error status, as the README's table lists them.</summary>
    public class ErrorStatusMappingTests
    {
        private static readonly IReadOnlyDictionary<string, IEnumerable<string>> NoHeaders = new Dictionary<string, IEnumerable<string>>();

        [TestCase(400, "Letta returned 400 Bad Request: it went wrong", typeof(LettaBadRequestException))]
        [TestCase(401, "Letta returned 401 Unauthorized: it went wrong", typeof(LettaAuthenticationException))]
        [TestCase(403, "Letta returned 403 Forbidden: it went wrong", typeof(LettaPermissionDeniedException))]
        [TestCase(404, "Letta returned 404 Not Found: it went wrong", typeof(LettaNotFoundException))]
        [TestCase(408, "Letta returned 408 Request Timeout: it went wrong", typeof(LettaApiException))]
        [TestCase(409, "Letta returned 409 Conflict: it went wrong", typeof(LettaConflictException))]
        [TestCase(422, "Letta returned 422 Unprocessable Entity: it went wrong", typeof(LettaUnprocessableEntityException))]
        [TestCase(429, "Letta returned 429 Too Many Requests: it went wrong", typeof(LettaRateLimitException))]
        [TestCase(500, "Letta returned 500 Internal Server Error: it went wrong", typeof(LettaServerException))]
        [TestCase(502, "Letta returned 502 Bad Gateway: it went wrong", typeof(LettaServerException))]
        [TestCase(503, "Letta returned 503 Service Unavailable: it went wrong", typeof(LettaServerException))]
        [TestCase(504, "Letta returned 504 Gateway Timeout: it went wrong", typeof(LettaServerException))]
        [TestCase(418, "Letta returned HTTP 418: it went wrong", typeof(LettaApiException))]
        public void Each_status_has_its_exception_type_and_a_message_naming_the_status_and_the_detail(int status, string expectedMessage, Type expectedType)
        {
            var error = ErrorStatusMapping.Create(ErrorResponse.Of(status, "{\"detail\":\"it went wrong\"}", NoHeaders), cursor: null);

            Assert.That(error, Is.TypeOf(expectedType));
            Assert.That(error.Message, Is.EqualTo(expectedMessage));
            Assert.That(error.StatusCode, Is.EqualTo(status));
        }

        [Test]
        public void A_body_without_a_detail_is_quoted_in_the_message()
        {
            var error = ErrorStatusMapping.Create(ErrorResponse.Of(500, "upstream\n  went away", NoHeaders), cursor: null);

            Assert.That(error.Message, Is.EqualTo("Letta returned 500 Internal Server Error: upstream went away"));
        }

        [TestCase("Job with id job-gone not found")]
        [TestCase("Not found: job-gone")]
        public void A_400_saying_not_found_for_a_request_with_a_cursor_is_a_cursor_not_found_error_naming_the_cursor(string detail)
        {
            var error = ErrorStatusMapping.Create(ErrorResponse.Of(400, "{\"detail\":\"" + detail + "\"}", NoHeaders), cursor: "job-gone");

            Assert.That(error, Is.TypeOf<LettaCursorNotFoundException>());
            Assert.That(error.Message, Is.EqualTo("Letta returned 400 Bad Request: " + detail + " (cursor 'job-gone')"));
            Assert.That(((LettaCursorNotFoundException)error).Cursor, Is.EqualTo("job-gone"));
        }

        [Test]
        public void A_400_saying_not_found_for_a_request_without_a_cursor_is_a_bad_request()
        {
            var error = ErrorStatusMapping.Create(ErrorResponse.Of(400, "{\"detail\":\"Agent not found\"}", NoHeaders), cursor: null);

            Assert.That(error, Is.TypeOf<LettaBadRequestException>());
        }

        [Test]
        public void A_400_for_a_request_with_a_cursor_that_says_something_else_is_a_bad_request()
        {
            var error = ErrorStatusMapping.Create(ErrorResponse.Of(400, "{\"detail\":\"limit is too large\"}", NoHeaders), cursor: "job-1");

            Assert.That(error, Is.TypeOf<LettaBadRequestException>());
        }

        [Test]
        public void A_400_whose_body_is_not_json_is_a_bad_request_even_if_it_says_not_found()
        {
            var error = ErrorStatusMapping.Create(ErrorResponse.Of(400, "cursor not found", NoHeaders), cursor: "job-1");

            Assert.That(error, Is.TypeOf<LettaBadRequestException>());
            Assert.That(error.Message, Is.EqualTo("Letta returned 400 Bad Request: cursor not found"));
        }
    }
}
