using System;
using System.IO;
using System.Net.Http;
using System.Runtime.CompilerServices;
using Letta.Generated.Simulator;

namespace Letta.Generated.Cli.Connection
{
    /// <summary>
    /// <c>--demo</c>: the simulator core (<see cref="SimulatedLettaServer"/>) in-process, served by its
    /// <see cref="HttpMessageHandler"/> under the library's own client: no socket, no web server. Seeded with the
    /// statuses Letta does not list too, and the stop reasons its documentation lacks. Only <c>--demo</c> touches
    /// this class, so a normal run never loads the simulator.
    /// </summary>
    internal sealed class DemoServer : IDisposable
    {
        /// <summary>The batches the demo lists (created or running).</summary>
        public const int ListedCount = 40;

        /// <summary>Finished, failed, cancelled... batches it stores and, like Letta, never lists.</summary>
        public const int UnlistedCount = 20;

        private const int Seed = 2026;

        private readonly SimulatedLettaServer _server;
        private readonly HttpClient _http;

        private DemoServer(SimulatedLettaServer server, HttpClient http, LettaClient client)
        {
            _server = server;
            _http = http;
            Client = client;
        }

        public LettaClient Client { get; }

        /// <param name="stderr">Where the demo's note goes.</param>
        /// <param name="logs">The library's log events (<c>--verbose</c>), or null.</param>
        /// <param name="time">The clock of the client and of the server's batches.</param>
        /// <param name="evolving">For --watch and --wait: batches move on by themselves (<see cref="DemoProgress"/>).</param>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static DemoServer Connect(TextWriter stderr, Microsoft.Extensions.Logging.ILoggerFactory? logs, TimeProvider time, bool evolving = false)
        {
            var server = new SimulatedLettaServer(new LettaSimulatorOptions
            {
                SeedCount = ListedCount,
                UnlistedSeedCount = UnlistedCount,
                Seed = Seed,
                IncludeNewStopReasons = true,
                TimeProvider = time,
                Progress = evolving ? DemoProgress.Create() : null,
            });
            var http = server.CreateHttpClient();
            // The environment is ignored on purpose: --demo must work whatever LETTA_* says.
            var client = new LettaClient(http, new LettaClientOptions(_ => null) { BaseUrl = server.BaseUrl, LoggerFactory = logs, TimeProvider = time });
            stderr.WriteLine("note: --demo: listing a built-in simulated Letta server in-process (" + ListedCount + " listed batches; like Letta, it lists only created and running ones).");
            if (evolving) stderr.WriteLine("      Its batches move on every second: created ones start running, running ones finish (and leave the listing), new ones arrive.");
            stderr.WriteLine("      Your own batches: --api-key <KEY> (Letta Cloud), or --base-url http://localhost:8283 for a self-hosted server.");
            return new DemoServer(server, http, client);
        }

        public void Dispose()
        {
            Client.Dispose();
            _http.Dispose();
            _server.Dispose();
        }
    }
}
