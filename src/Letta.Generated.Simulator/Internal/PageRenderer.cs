using System;
using System.Collections.Generic;
using System.Threading;
using Letta.Generated.Simulator.Internal.Bodies;

namespace Letta.Generated.Simulator.Internal
{
    /// <summary>
    /// Turns a selected page into its 200 body: the server's exact JSON, or that JSON damaged by a body fault
    /// (truncated, wrapped in an object, one field malformed), or a generated oversized page.
    /// </summary>
    internal static class PageRenderer
    {
        private const string Json = "application/json";

        public static Answer Render(IReadOnlyList<SimulatedBatch> page, ListBatchesQuery query, SimulatedFault? fault, LettaSimulatorOptions options, CancellationToken stopping)
        {
            var offsetless = options.OffsetlessCreatedAndUpdatedAt;
            if (fault?.Kind == FaultKind.OversizedPage)
            {
                return new Answer(200, Json, new GeneratedPageStream(fault.ByteCount, query.Ascending, options.Seed, offsetless, stopping), isStreamed: true);
            }

            var fieldOverride = fault?.Kind == FaultKind.MalformedField ? new FieldOverride(fault.Field!, fault.RawJson!) : null;
            var body = BatchJsonWriter.WriteArray(page, offsetless, fieldOverride);
            body = fault?.Kind switch
            {
                FaultKind.TruncatedPage => body.Substring(0, Math.Max(1, body.Length / 2)),
                FaultKind.ObjectInsteadOfArray => "{\"data\":" + body + ",\"has_more\":false}",
                _ => body,
            };
            return Answer.Json(200, body);
        }
    }
}
