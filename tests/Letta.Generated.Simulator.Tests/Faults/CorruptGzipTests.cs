using System.IO;
using System.IO.Compression;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Simulator.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Simulator.Tests.Faults
{
    /// <summary>Content-Encoding: gzip on a body no gzip decoder accepts.</summary>
    public class CorruptGzipTests
    {
        [Test]
        [CancelAfter(10_000)]
        public async Task A_corrupt_gzip_body_is_labelled_gzip_and_fails_a_real_gzip_decoder(CancellationToken cancellationToken)
        {
            using var letta = InProcess.ServerWith(1);
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.CorruptGzip());

            using var response = await http.GetAsync(InProcess.Path, cancellationToken);
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentEncoding, Is.EqualTo(new[] { "gzip" }));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
            Assert.That(bytes[0..2], Is.EqualTo(new byte[] { 0x1f, 0x8b }), "it starts as gzip");
            Assert.Throws<InvalidDataException>(() =>
            {
                using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
                gzip.CopyTo(Stream.Null);
            });
        }
    }
}
