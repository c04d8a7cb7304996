using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Letta.Generated.Simulator.Internal.Bodies;

namespace Letta.Generated.Simulator.Internal
{
    /// <summary>
    /// The gateway's part of a fault: an answer of its own instead of the server's, and, around whatever answer goes
    /// out, the fault's headers and a misbehaving transport for the body (a stall, a drip, a reset).
    /// </summary>
    internal static class FaultAnswers
    {
        /// <summary>The fault's own answer, or null when the server answers (and the fault only shapes that answer).</summary>
        public static Answer? Replacement(SimulatedFault? fault) => fault?.Kind switch
        {
            FaultKind.FixedResponse => Answer.Text(fault.StatusCode, fault.Body, fault.ContentType),
            FaultKind.CorruptGzipBody => Answer.Bytes(200, fault.BodyBytes!, fault.ContentType),
            _ => null,
        };

        /// <summary>Wraps the answer's body for the transport faults; any answer, errors included, can be cut off.</summary>
        public static void ApplyTransport(Answer answer, SimulatedFault? fault, TimeProvider timeProvider, BodyCancellation cancellation)
        {
            var body = answer.Body ?? Stream.Null;
            Stream? wrapped = fault?.Kind switch
            {
                FaultKind.StalledBody => new StalledBodyStream(body, fault.ByteCount, cancellation),
                FaultKind.DrippingBody => new DrippingBodyStream(body, (int)fault.ByteCount, fault.Interval, timeProvider, cancellation),
                FaultKind.ConnectionReset => new ResettingBodyStream(body, fault.ByteCount),
                _ => null,
            };
            if (wrapped is not null)
            {
                answer.Body = wrapped;
                answer.IsStreamed = true;
            }
        }

        /// <summary>The headers to send: the answer's, each replaced by a fault header of the same name.</summary>
        public static IReadOnlyList<KeyValuePair<string, string>> Headers(Answer answer, SimulatedFault? fault)
        {
            var headers = new List<KeyValuePair<string, string>>();
            if (answer.ContentType is not null)
            {
                headers.Add(new KeyValuePair<string, string>("Content-Type", answer.ContentType));
            }

            headers.AddRange(answer.Headers);
            if (fault is null || fault.Headers.Count == 0)
            {
                return headers;
            }

            var replaced = new HashSet<string>(fault.Headers.Select(h => h.Key), StringComparer.OrdinalIgnoreCase);
            headers.RemoveAll(h => replaced.Contains(h.Key));
            headers.AddRange(fault.Headers);
            return headers;
        }
    }
}
