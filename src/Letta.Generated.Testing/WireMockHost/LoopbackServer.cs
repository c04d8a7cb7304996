using System;
using System.Net;
using System.Net.Sockets;
using WireMock.Logging;
using WireMock.Server;
using WireMock.Settings;

namespace Letta.Generated.Testing.WireMockHost
{
    /// <summary>Starts a WireMock server on a free 127.0.0.1 port, with no admin interface and no logging.</summary>
    internal static class LoopbackServer
    {
        private const int StartAttempts = 5;

        // WireMock picks ports from its own list and may bind every interface; asking the OS for a free loopback
        // port keeps the server on 127.0.0.1. Another process can grab the port in between, hence the retries.
        public static WireMockServer Start()
        {
            Exception? last = null;
            for (var attempt = 0; attempt < StartAttempts; attempt++)
            {
                try
                {
                    return WireMockServer.Start(new WireMockServerSettings
                    {
                        Urls = new[] { $"http://127.0.0.1:{FreeLoopbackPort()}" },
                        StartAdminInterface = false,
                        Logger = new WireMockNullLogger(),
                    });
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    last = ex;
                }
            }

            throw new InvalidOperationException("Could not start the Letta simulator on a loopback port.", last);
        }

        private static int FreeLoopbackPort()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            try
            {
                return ((IPEndPoint)listener.LocalEndpoint).Port;
            }
            finally
            {
                listener.Stop();
            }
        }
    }
}
