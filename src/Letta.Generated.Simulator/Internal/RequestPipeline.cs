using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Letta.Generated.Simulator.Internal.Bodies;

namespace Letta.Generated.Simulator.Internal
{
    /// <summary>
    /// The one request → response path every host shares, in the order the real stack would apply it: record the
    /// request, let the test's hook run, take a fault (the gateway, so before authentication), wait out its delay, get
    /// the fault's own answer or the server's (<see cref="LettaEndpoint"/>), then let the fault shape the transport.
    /// </summary>
    internal sealed class RequestPipeline
    {
        private readonly LettaSimulatorOptions _options;
        private readonly FaultQueue _faults;
        private readonly RequestLog _log;
        private readonly LettaEndpoint _endpoint;
        private readonly CancellationToken _stopping;

        public RequestPipeline(LettaSimulatorOptions options, BatchStore store, FaultQueue faults, RequestLog log, CancellationToken stopping)
        {
            _options = options;
            _faults = faults;
            _log = log;
            _endpoint = new LettaEndpoint(options, store, stopping);
            _stopping = stopping;
        }

        public async Task<SimulatedResponse> HandleAsync(SimulatedRequest request, CancellationToken cancellationToken)
        {
            // Read once: a test may swap the clock on the live options, but one request keeps one clock.
            var timeProvider = _options.TimeProvider;
            var recorded = Record(request, timeProvider);
            _options.OnRequest?.Invoke(recorded);

            var fault = _faults.TryTake(out var taken) ? taken : null;
            if (fault is not null && fault.Delay > TimeSpan.Zero)
            {
                // Disposing the simulator cancels the wait too, so a test never hangs on a delayed request.
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopping);
                await Task.Delay(fault.Delay, timeProvider, wait.Token).ConfigureAwait(false);
            }

            var answer = FaultAnswers.Replacement(fault) ?? _endpoint.Answer(recorded, fault);
            FaultAnswers.ApplyTransport(answer, fault, timeProvider, new BodyCancellation(cancellationToken, _stopping));
            var response = new SimulatedResponse(answer.StatusCode, FaultAnswers.Headers(answer, fault), answer.Body, answer.IsStreamed);
            recorded.Answered(response.StatusCode);
            return response;
        }

        private RecordedRequest Record(SimulatedRequest request, TimeProvider timeProvider)
        {
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var header in request.Headers)
            {
                headers[header.Key] = headers.TryGetValue(header.Key, out var earlier) ? earlier + ", " + header.Value : header.Value;
            }

            var recorded = new RecordedRequest(
                _log.NextNumber(),
                request.Method,
                request.Path,
                request.RawQuery,
                QueryString.Parse(request.RawQuery),
                headers,
                timeProvider.GetUtcNow());
            _log.Add(recorded);
            return recorded;
        }
    }
}
