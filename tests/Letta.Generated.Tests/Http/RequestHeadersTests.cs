using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Letta.Generated.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Tests.Http
{
    /// <summary>The headers every request carries, and the library version they (and the telemetry) name.</summary>
    [CancelAfter(10_000)]
    public class RequestHeadersTests
    {
        [Test]
        public async Task A_configured_header_replaces_the_librarys_own_value_instead_of_adding_a_second()
        {
            string[]? userAgent = null;
            using var transport = new StubTransport((request, _) =>
            {
                userAgent = request.Headers.GetValues("User-Agent").ToArray();
                return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("[]") };
            });
            using var client = transport.CreateClient(o => o.DefaultHeaders["User-Agent"] = "my-app/2.0");

            await client.ListBatchesAsync().WithinTest();

            Assert.That(userAgent, Is.EqualTo(new[] { "my-app/2.0" }));
        }

        [TestCase("1.2.3+4f2a9c1", "1.2.3")]
        [TestCase("1.2.3-beta.1+4f2a9c1", "1.2.3-beta.1")]
        [TestCase("1.2.3", "1.2.3")]
        public void The_version_is_the_informational_version_without_build_metadata(string informational, string expected)
        {
            Assert.That(RequestHeaders.VersionOf(informational, new Version(9, 9, 9, 9)), Is.EqualTo(expected));
        }

        [TestCase(null)]
        [TestCase("")]
        public void Without_an_informational_version_the_assembly_version_is_used(string? informational)
        {
            Assert.That(RequestHeaders.VersionOf(informational, new Version(1, 2, 3, 0)), Is.EqualTo("1.2.3.0"));
            Assert.That(RequestHeaders.VersionOf(informational, null), Is.EqualTo("0.0.0"));
        }
    }
}
