using System;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Letta.Generated.Tests.Support
{
    /// <summary>
    /// A raw HTTP/1.1 server on loopback that drops a kept-alive connection the way a server's idle timeout does, at
    /// the worst moment: it answers the first request (200, <c>[]</c>, keep-alive), then resets the connection of
    /// each of the next <c>resets</c> requests after reading it, without a response byte (the request raced the
    /// close), then answers every request. The connection of an answered request stays open for the next one.
    /// </summary>
    internal sealed class IdleClosingServer : IDisposable
    {
        private const string Ok = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: keep-alive\r\n\r\n[]";
        private readonly TcpListener _listener = new TcpListener(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private readonly int _resets;
        private int _connections;
        private int _received;
        private int _requests;

        public IdleClosingServer(int resets)
        {
            _resets = resets;
            _listener.Start();
            BaseUrl = new Uri("http://127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port + "/");
            _ = AcceptAsync();
        }

        public Uri BaseUrl { get; }

        /// <summary>Connections accepted so far.</summary>
        public int Connections => Volatile.Read(ref _connections);

        /// <summary>Requests answered so far (the ones cut by a close are not counted).</summary>
        public int Requests => Volatile.Read(ref _requests);

        private async Task AcceptAsync()
        {
            try
            {
                while (true)
                {
                    var socket = await _listener.AcceptSocketAsync(_stop.Token).ConfigureAwait(false);
                    Interlocked.Increment(ref _connections);
                    _ = ServeAsync(socket);
                }
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                // Stopped.
            }
        }

        private async Task ServeAsync(Socket socket)
        {
            using (socket)
            {
                try
                {
                    while (await ReadRequestAsync(socket).ConfigureAwait(false))
                    {
                        var number = Interlocked.Increment(ref _received);
                        if (number > 1 && number <= 1 + _resets)
                        {
                            // An abortive close (RST), as a server or proxy dropping an idle connection often does.
                            socket.LingerState = new LingerOption(true, 0);
                            return;
                        }

                        Interlocked.Increment(ref _requests);
                        await socket.SendAsync(Encoding.ASCII.GetBytes(Ok), SocketFlags.None, _stop.Token).ConfigureAwait(false);
                    }
                }
                catch (Exception)
                {
                    // The client went away, or the server stopped: nothing to answer.
                }
            }
        }

        /// <summary>Reads one request head (a GET has no body); false when the client closed first.</summary>
        private async Task<bool> ReadRequestAsync(Socket socket)
        {
            var head = new StringBuilder();
            var buffer = new byte[1];
            while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
            {
                if (await socket.ReceiveAsync(buffer, SocketFlags.None, _stop.Token).ConfigureAwait(false) == 0) return false;
                head.Append((char)buffer[0]);
            }

            return true;
        }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
            _stop.Dispose();
        }
    }
}
