using System;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Letta.Generated.Tests.Http
{
    /// <summary>A body held in memory behaves as the transport's content did: same bytes, same headers, its own length, and gone once disposed.</summary>
    [CancelAfter(10_000)]
    public class BufferedContentTests
    {
        private static async Task<BufferedContent> BufferedAsync(string text, HttpContent original, System.Buffers.ArrayPool<byte>? pool = null)
        {
            var body = new BufferedBody(pool ?? System.Buffers.ArrayPool<byte>.Shared);
            await body.FillAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), 1024, TestContext.CurrentContext.CancellationToken);
            return new BufferedContent(body, original);
        }

        [Test]
        public async Task A_buffered_body_reads_back_the_same_text_with_the_original_headers_and_its_own_length()
        {
            using var original = new StringContent("ignored", Encoding.UTF8, "application/json");
            original.Headers.TryAddWithoutValidation("Content-Language", "en");
            using var content = await BufferedAsync("[{\"id\":\"job-1\"}]", original);

            Assert.That(await content.ReadAsStringAsync(TestContext.CurrentContext.CancellationToken), Is.EqualTo("[{\"id\":\"job-1\"}]"));
            Assert.That(content.Headers.ContentType!.MediaType, Is.EqualTo("application/json"));
            Assert.That(content.Headers.ContentLanguage, Is.EqualTo(new[] { "en" }));
            Assert.That(content.Headers.ContentLength, Is.EqualTo(16));
        }

        [Test]
        public async Task A_disposed_buffered_body_can_no_longer_be_read()
        {
            using var original = new StringContent("x");
            var content = await BufferedAsync("[]", original);

            content.Dispose();

            await Assert.ThrowsAsync<ObjectDisposedException>(() => content.ReadAsStringAsync(TestContext.CurrentContext.CancellationToken));
        }

        [Test]
        public async Task A_disposed_buffered_body_returns_its_segment_to_the_pool()
        {
            using var original = new StringContent("x");
            var pool = new Support.RecordingPool();
            var content = await BufferedAsync("[]", original, pool);

            content.Dispose();

            Assert.That(pool.ReturnsPerArray, Is.EqualTo(new[] { 1 }));
        }
    }
}
