using System;
using System.Net;
using System.Net.Sockets;

namespace Letta.Generated.Tests.Support
{
    /// <summary>
    /// A loopback port that refuses connections: bound but never listening, so it stays ours for the whole test
    /// (a port freed by a stopped server can be taken by another test's server meanwhile).
    /// </summary>
    internal sealed class RefusingPort : IDisposable
    {
        private readonly Socket _socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

        public RefusingPort()
        {
            _socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            BaseUrl = new Uri("http://127.0.0.1:" + ((IPEndPoint)_socket.LocalEndPoint!).Port + "/");
        }

        /// <summary>The base URL whose connections are refused.</summary>
        public Uri BaseUrl { get; }

        public void Dispose() => _socket.Dispose();
    }
}
