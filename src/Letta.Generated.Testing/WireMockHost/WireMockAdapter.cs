using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Letta.Generated.Simulator;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace Letta.Generated.Testing.WireMockHost
{
    /// <summary>
    /// Hands every request WireMock receives to the simulator's core and translates the answer back: a thin adapter,
    /// with no behaviour of its own. Bodies known up front go out as bytes; streamed bodies (stalled, dripping, reset,
    /// oversized) go through WireMock's streaming path (<see cref="StreamedBodyQueue"/>).
    /// </summary>
    internal sealed class WireMockAdapter
    {
        private readonly SimulatedLettaServer _core;

        public WireMockAdapter(SimulatedLettaServer core)
        {
            _core = core;
        }

        public async Task<IResponseMessage> HandleAsync(IRequestMessage request)
        {
            var headers = request.Headers?.SelectMany(h => h.Value.Select(v => new KeyValuePair<string, string>(h.Key, v)));

            // No request token: WireMock does not tell a callback that the client went away. Delays and stalled bodies
            // end when the simulator is disposed instead.
            var answer = await _core.HandleAsync(new SimulatedRequest(request.Method, request.Path, request.RawQuery, headers)).ConfigureAwait(false);
            return ToWireMock(answer);
        }

        private static IResponseMessage ToWireMock(SimulatedResponse answer)
        {
            var message = new ResponseMessage
            {
                StatusCode = answer.StatusCode,
                Headers = new Dictionary<string, WireMockList<string>>(StringComparer.OrdinalIgnoreCase),
            };

            foreach (var group in answer.Headers.GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase))
            {
                message.AddHeader(group.Key, group.Select(h => h.Value).ToArray());
            }

            if (answer.Body is null)
            {
                return message;
            }

            if (answer.IsBodyStreamed)
            {
                message.BodyData = new BodyData { DetectedBodyType = BodyType.SseString, SseStringQueue = new StreamedBodyQueue(answer.Body) };
                return message;
            }

            using (answer)
            {
                using var bytes = new MemoryStream();
                answer.Body.CopyTo(bytes);
                message.BodyData = new BodyData { BodyAsBytes = bytes.ToArray(), DetectedBodyType = BodyType.Bytes };
            }

            return message;
        }
    }
}
