using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Simulator.Tests.Support;
using NUnit.Framework;

namespace Letta.Generated.Simulator.Tests.Faults
{
    /// <summary>A connection reset mid-body: N bytes, then the body fails like a dropped connection.</summary>
    public class ConnectionResetTests
    {
        [Test]
        [CancelAfter(10_000)]
        public async Task The_body_fails_with_an_io_exception_after_the_given_bytes(CancellationToken cancellationToken)
        {
            using var letta = InProcess.ServerWith(2);
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.ConnectionReset(afterBytes: 10));

            using var response = await InProcess.HeadersAsync(http, string.Empty, cancellationToken);
            using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            var received = new MemoryStream();
            var buffer = new byte[4];
            var error = await Assert.ThrowsAsync<IOException>(async () =>
            {
                int count;
                while ((count = await body.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    received.Write(buffer, 0, count);
                }
            });

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(Encoding.UTF8.GetString(received.ToArray()), Is.EqualTo("[{\"created"));
            Assert.That(error!.InnerException, Is.InstanceOf<SocketException>());
            Assert.That(((SocketException)error.InnerException!).SocketErrorCode, Is.EqualTo(SocketError.ConnectionReset));
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task A_buffering_client_gets_an_http_request_exception_wrapping_the_io_exception(CancellationToken cancellationToken)
        {
            using var letta = InProcess.ServerWith(2);
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.ConnectionReset(afterBytes: 100));

            var error = await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(InProcess.Path, cancellationToken));

            Assert.That(error!.InnerException, Is.InstanceOf<IOException>());
        }

        [Test]
        [CancelAfter(10_000)]
        public async Task A_reset_after_more_bytes_than_the_body_has_comes_where_the_body_would_end(CancellationToken cancellationToken)
        {
            using var letta = InProcess.ServerWith(0);
            using var http = letta.CreateHttpClient();
            letta.Faults.Enqueue(SimulatedFault.ConnectionReset(afterBytes: 1_000));

            using var response = await InProcess.HeadersAsync(http, string.Empty, cancellationToken);
            using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            var buffer = new byte[64];
            var first = await body.ReadAsync(buffer, cancellationToken);

            Assert.That(Encoding.UTF8.GetString(buffer, 0, first), Is.EqualTo("[]"));
            await Assert.ThrowsAsync<IOException>(async () => _ = await body.ReadAsync(buffer, cancellationToken));
        }

        [Test]
        public void A_negative_byte_count_is_rejected()
        {
            Assert.Throws<System.ArgumentOutOfRangeException>(() => SimulatedFault.ConnectionReset(-1));
            Assert.Throws<System.ArgumentOutOfRangeException>(() => SimulatedFault.StalledBody(-1));
        }
    }
}
