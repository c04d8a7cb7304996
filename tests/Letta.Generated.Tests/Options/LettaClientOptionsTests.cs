using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using Letta.Generated.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Tests.Options
{
    /// <summary>Options: defaults from the environment, validation with clear messages, and the key kept secret.</summary>
    [CancelAfter(30_000)]
    public class LettaClientOptionsTests
    {
        private const string Key = "sk-let-TOPSECRET-42";

        private static Func<string, string?> Env(params (string Name, string Value)[] variables)
        {
            var map = new Dictionary<string, string>();
            foreach (var (name, value) in variables) map[name] = value;
            return name => map.TryGetValue(name, out var value) ? value : null;
        }

        [Test]
        public void Defaults_come_from_LETTA_API_KEY_LETTA_BASE_URL_and_LETTA_CUSTOM_HEADERS()
        {
            var options = new LettaClientOptions(Env(("LETTA_API_KEY", Key), ("LETTA_BASE_URL", "http://localhost:8283"), ("LETTA_CUSTOM_HEADERS", "X-One: 1\r\nX-Two:  two words \n")));

            Assert.That(options.ApiKey, Is.EqualTo(Key));
            Assert.That(options.BaseUrl, Is.EqualTo(new Uri("http://localhost:8283")));
            Assert.That(options.DefaultHeaders, Is.EquivalentTo(new Dictionary<string, string> { ["X-One"] = "1", ["X-Two"] = "two words" }));
        }

        [Test]
        public void Without_environment_the_base_url_is_Letta_Cloud_with_no_key_two_retries_and_a_60_second_timeout()
        {
            var options = new LettaClientOptions(_ => null);

            Assert.That(options.BaseUrl, Is.EqualTo(new Uri("https://api.letta.com/")));
            Assert.That(options.ApiKey, Is.Null);
            Assert.That(options.MaxRetries, Is.EqualTo(2));
            Assert.That(options.NetworkTimeout, Is.EqualTo(TimeSpan.FromSeconds(60)));
            Assert.That(options.MaxRetryAfter, Is.EqualTo(TimeSpan.FromSeconds(60)));
        }

        [Test]
        public void A_custom_headers_line_without_a_name_is_an_argument_error()
        {
            var error = Assert.Throws<ArgumentException>(() => new LettaClientOptions(Env(("LETTA_CUSTOM_HEADERS", "no colon here"))));

            Assert.That(error!.Message, Does.Contain("LETTA_CUSTOM_HEADERS"));
        }

        [TestCase("sk-let\n-injected")]
        [TestCase("sk let")]
        public void A_key_with_whitespace_or_control_characters_is_rejected_without_showing_it(string key)
        {
            var options = new LettaClientOptions(_ => null) { ApiKey = key };

            var error = Assert.Throws<ArgumentException>(() => new LettaClient(options));

            Assert.That(error!.ParamName, Is.EqualTo("ApiKey"));
            if (key.Length > 0) Assert.That(error.Message, Does.Not.Contain(key));
        }

        [TestCase("/relative/path")]
        [TestCase("ftp://example.com/")]
        public void A_base_url_that_is_not_absolute_http_is_rejected(string url)
        {
            var options = new LettaClientOptions(_ => null) { BaseUrl = new Uri(url, UriKind.RelativeOrAbsolute) };

            var error = Assert.Throws<ArgumentException>(() => new LettaClient(options));

            Assert.That(error!.ParamName, Is.EqualTo("BaseUrl"));
        }

        [Test]
        public void A_header_value_with_a_newline_is_rejected()
        {
            var options = new LettaClientOptions(_ => null);
            options.DefaultHeaders["X-Evil"] = "a\r\nInjected: yes";

            Assert.Throws<ArgumentException>(() => new LettaClient(options));
        }

        [TestCase(-1)]
        [TestCase(11)]
        public void Max_retries_outside_0_to_10_is_rejected(int maxRetries)
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new LettaClient(new LettaClientOptions(_ => null) { MaxRetries = maxRetries }));
        }

        [Test]
        public void A_zero_network_timeout_is_rejected()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new LettaClient(new LettaClientOptions(_ => null) { NetworkTimeout = TimeSpan.Zero }));
        }

        [Test]
        public void ToString_never_shows_the_key()
        {
            var options = new LettaClientOptions(_ => null) { ApiKey = Key, ProjectId = "p" };

            Assert.That(options.ToString(), Does.Not.Contain(Key).And.Contain("[redacted]").And.Contain("api.letta.com"));
        }

        [TestCase("http://user:hunter22@letta.example/", TestName = "A_base_url_with_a_password_is_rejected_without_showing_it")]
        [TestCase("http://hunter22@letta.example/", TestName = "A_base_url_with_a_user_name_is_rejected_without_showing_it")]
        public void A_base_url_with_user_info_is_rejected_without_showing_it(string url)
        {
            var options = new LettaClientOptions(_ => null) { BaseUrl = new Uri(url) };

            var error = Assert.Throws<ArgumentException>(() => new LettaClient(options));

            Assert.That(error!.ParamName, Is.EqualTo("BaseUrl"));
            Assert.That(error.Message, Does.Not.Contain("hunter22"));
            Assert.That(options.ToString(), Does.Not.Contain("hunter22"));
        }

        [TestCase("https://letta.example/?region=eu")]
        [TestCase("https://letta.example/#top")]
        public void A_base_url_with_a_query_or_fragment_is_rejected(string url)
        {
            var error = Assert.Throws<ArgumentException>(() => new LettaClient(new LettaClientOptions(_ => null) { BaseUrl = new Uri(url) }));

            Assert.That(error!.ParamName, Is.EqualTo("BaseUrl"));
            Assert.That(error.Message, Does.Contain("query or a fragment"));
        }

        [TestCase("Host", "evil.example", "set by the HTTP stack")]
        [TestCase("Content-Length", "5", "set by the HTTP stack")]
        [TestCase("Transfer-Encoding", "chunked", "set by the HTTP stack")]
        [TestCase("Content-Type", "text/plain", "content header")]
        [TestCase("X-Name", "naïve", "printable ASCII")]
        [TestCase("X-Name", "two\nlines", "printable ASCII")]
        [TestCase("Bad Name", "x", "not a valid header name")]
        public void A_header_that_cannot_be_sent_is_an_argument_error_before_any_request(string name, string value, string reason)
        {
            var options = new LettaClientOptions(_ => null);
            options.DefaultHeaders[name] = value;

            var error = Assert.Throws<ArgumentException>(() => new LettaClient(options));

            Assert.That(error!.ParamName, Is.EqualTo("DefaultHeaders"));
            Assert.That(error.Message, Does.Contain(reason));
        }

        [Test]
        public void An_Authorization_header_that_conflicts_with_the_key_is_an_argument_error()
        {
            var options = new LettaClientOptions(_ => null) { ApiKey = Key };
            options.DefaultHeaders["authorization"] = "Basic abc";

            var error = Assert.Throws<ArgumentException>(() => new LettaClient(options));

            Assert.That(error!.Message, Does.Contain("conflict").And.Not.Contain(Key));
        }

        [Test]
        public void An_Authorization_header_without_a_key_is_sent_as_configured()
        {
            var options = new LettaClientOptions(_ => null);
            options.DefaultHeaders["Authorization"] = "Basic abc";

            Assert.DoesNotThrow(() => new LettaClient(options).Dispose());
        }

        [Test]
        public void A_client_given_an_HttpClient_never_disposes_it()
        {
            using var httpClient = new HttpClient();
            var client = new LettaClient(httpClient, new LettaClientOptions(_ => null));

            client.Dispose();

            // A disposed HttpClient throws ObjectDisposedException here.
            Assert.DoesNotThrow(() => httpClient.CancelPendingRequests());
        }

        [Test]
        public async Task Changing_options_after_building_a_client_does_not_change_the_client()
        {
            using var server = new Support.LoopbackServer();
            server.RespondJson("[]");
            var options = new LettaClientOptions(_ => null) { BaseUrl = server.BaseUrl, MaxRetries = 0 };
            using var client = new LettaClient(options);

            options.BaseUrl = new Uri("http://127.0.0.1:9/");
            options.ApiKey = "changed";
            await client.ListBatchesAsync().WithinTest();

            Assert.That(server.SingleRequest().Headers!.ContainsKey("Authorization"), Is.False);
        }
    }
}
