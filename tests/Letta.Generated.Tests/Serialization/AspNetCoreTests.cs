using System.Threading.Tasks;
using Letta.Generated.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using NUnit.Framework;

namespace Letta.Generated.Tests.Serialization
{
    /// <summary>An ASP.NET Core app (System.Text.Json, web defaults) that returns batches sends what the server sent.</summary>
    [CancelAfter(60_000)]
    public class AspNetCoreTests
    {
        [Test]
        public async Task A_minimal_API_returning_page_Result_sends_the_servers_json()
        {
            using var letta = new LoopbackServer();
            letta.RespondJson(TestData.Read("realistic-page.json"));
            using var client = letta.CreateClient();

            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseTestServer();
            await using var app = builder.Build();
            app.MapGet("/batches", async () => (await client.ListBatchesAsync()).Result);
            await app.StartAsync().WithinTest();
            using var http = app.GetTestClient();

            var body = await http.GetStringAsync("/batches").WithinTest();

            ServerJson.AssertSame(TestData.Read("realistic-page.json"), body);
        }
    }
}
