using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Letta.Generated.Simulator;
using NUnit.Framework;

namespace Letta.Generated.Testing.Tests
{
    [CancelAfter(30_000)]
    public class AuthTests
    {
        [Test]
        public async Task Bearer_key_required_when_configured()
        {
            using var letta = Batches.StartWith(1, new LettaSimulatorOptions { ApiKey = "sk-test" });
            using var anonymous = new HttpClient { BaseAddress = letta.BaseUrl };
            using var wrongKey = new HttpClient { BaseAddress = letta.BaseUrl };
            wrongKey.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "sk-other");

            var missing = await Api.GetAsync(letta, client: anonymous);
            var wrong = await Api.GetAsync(letta, client: wrongKey);
            var right = await Api.GetAsync(letta);

            Assert.That(missing.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(missing.Body, Is.EqualTo("{\"detail\":\"Unauthorized\"}"));
            Assert.That(wrong.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(right.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(letta.ApiKey, Is.EqualTo("sk-test"));
        }

        [Test]
        public async Task Without_a_configured_key_requests_need_no_authorization()
        {
            using var letta = Batches.StartWith(1);
            using var anonymous = new HttpClient { BaseAddress = letta.BaseUrl };

            var reply = await Api.GetAsync(letta, client: anonymous);

            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(letta.ApiKey, Is.Null);
        }

        [Test]
        public async Task Authentication_comes_before_validation()
        {
            using var letta = Batches.StartWith(1, new LettaSimulatorOptions { ApiKey = "sk-test" });
            using var anonymous = new HttpClient { BaseAddress = letta.BaseUrl };

            var reply = await Api.GetAsync(letta, "limit=bad", anonymous);

            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        }
    }
}
