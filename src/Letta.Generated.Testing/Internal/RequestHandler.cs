using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace Letta.Generated.Testing.Internal
{
    /// <summary>
    /// Answers every request the WireMock server receives, in the order the real stack would: the gateway
    /// (queued faults) first, then authentication, routing, query validation and finally the listing itself.
    /// </summary>
    internal sealed class RequestHandler
    {
        public const string BatchesPath = "/v1/messages/batches";

        private readonly LettaSimulatorOptions _options;
        private readonly BatchStore _store;
        private readonly FaultQueue _faults;
        private readonly RequestLog _log;
        private readonly CancellationToken _stopping;
        private readonly object _repeatGate = new();
        private string? _pageToRepeat;

        public RequestHandler(LettaSimulatorOptions options, BatchStore store, FaultQueue faults, RequestLog log, CancellationToken stopping)
        {
            _options = options;
            _store = store;
            _faults = faults;
            _log = log;
            _stopping = stopping;
        }

        public async Task<IResponseMessage> HandleAsync(IRequestMessage request)
        {
            var recorded = Record(request);
            _options.OnRequest?.Invoke(recorded);

            _faults.TryDequeue(out var fault);
            if (fault is not null && fault.Delay > TimeSpan.Zero)
            {
                // Disposing the simulator cancels the wait, so a test never hangs on a delayed request.
                await Task.Delay(fault.Delay, _stopping).ConfigureAwait(false);
            }

            var response = fault?.Kind == FaultKind.FixedResponse
                ? new SimulatedResponse(fault.StatusCode, fault.Body, fault.ContentType)
                : Reshape(Answer(recorded), fault);

            if (fault is not null)
            {
                response.Headers.AddRange(fault.Headers);
            }

            return ToWireMock(response);
        }

        private RecordedRequest Record(IRequestMessage request)
        {
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (request.Headers is not null)
            {
                foreach (var header in request.Headers)
                {
                    headers[header.Key] = string.Join(", ", header.Value);
                }
            }

            var rawQuery = (request.RawQuery ?? string.Empty).TrimStart('?');
            var recorded = new RecordedRequest(
                _log.NextNumber(),
                request.Method,
                request.Path,
                rawQuery,
                QueryString.Parse(rawQuery),
                headers,
                DateTimeOffset.UtcNow);
            _log.Add(recorded);
            return recorded;
        }

        private SimulatedResponse Answer(RecordedRequest request)
        {
            if (_options.ApiKey is { } key && !HasBearer(request, key))
            {
                return SimulatedResponse.Json(401, ErrorBodies.Detail("Unauthorized"));
            }

            if (!string.Equals(request.Path, BatchesPath, StringComparison.Ordinal))
            {
                return SimulatedResponse.Json(404, ErrorBodies.Detail("Not Found"));
            }

            if (!string.Equals(request.Method, "GET", StringComparison.OrdinalIgnoreCase))
            {
                var notAllowed = SimulatedResponse.Json(405, ErrorBodies.Detail("Method Not Allowed"));
                notAllowed.Headers.Add(new KeyValuePair<string, string>("Allow", "GET"));
                return notAllowed;
            }

            var query = ListBatchesQuery.Parse(request.Query, out var issues);
            if (issues.Count > 0)
            {
                return SimulatedResponse.Json(422, ErrorBodies.Validation(issues, _options.ValidationErrorShape));
            }

            if (query.Limit < 0)
            {
                // FastAPI lets a negative limit through; the database rejects it and the server answers a bare 500.
                return SimulatedResponse.Json(500, ErrorBodies.Detail("An unknown error occurred"));
            }

            var hasCursor = query.Before is not null || query.After is not null;
            if (_options.PagingQuirk == PagingQuirk.RepeatEachPageOnce && hasCursor)
            {
                lock (_repeatGate)
                {
                    if (_pageToRepeat is { } repeated)
                    {
                        _pageToRepeat = null;
                        return SimulatedResponse.Json(200, repeated);
                    }
                }
            }

            var error = BatchListing.TrySelect(_store.SnapshotOldestFirst(), query, _options, out var page);
            if (error is not null)
            {
                return error;
            }

            var body = BatchJsonWriter.WriteArray(page, _options.OffsetlessCreatedAndUpdatedAt);
            if (_options.PagingQuirk == PagingQuirk.RepeatEachPageOnce)
            {
                lock (_repeatGate)
                {
                    _pageToRepeat = body;
                }
            }

            return SimulatedResponse.Json(200, body);
        }

        private static bool HasBearer(RecordedRequest request, string key)
        {
            if (!request.Headers.TryGetValue("Authorization", out var value))
            {
                return false;
            }

            const string scheme = "Bearer ";
            return value.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
                && string.Equals(value.Substring(scheme.Length).Trim(), key, StringComparison.Ordinal);
        }

        // Body-mangling faults damage only a successful page; an error answer passes through unchanged.
        private static SimulatedResponse Reshape(SimulatedResponse response, SimulatedFault? fault)
        {
            if (fault is null || response.StatusCode != 200 || response.Body is null)
            {
                return response;
            }

            return fault.Kind switch
            {
                FaultKind.TruncatedPage => response with { Body = response.Body.Substring(0, Math.Max(1, response.Body.Length / 2)) },
                FaultKind.ObjectInsteadOfArray => response with { Body = "{\"data\":" + response.Body + ",\"has_more\":false}" },
                _ => response,
            };
        }

        private static IResponseMessage ToWireMock(SimulatedResponse response)
        {
            var message = new ResponseMessage
            {
                StatusCode = response.StatusCode,
                Headers = new Dictionary<string, WireMockList<string>>(StringComparer.OrdinalIgnoreCase),
            };

            if (response.Body is not null)
            {
                message.BodyData = new BodyData
                {
                    BodyAsString = response.Body,
                    DetectedBodyType = BodyType.String,
                    Encoding = new UTF8Encoding(false),
                };
            }

            if (response.ContentType is not null)
            {
                message.AddHeader("Content-Type", response.ContentType);
            }

            foreach (var group in response.Headers.GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase))
            {
                message.AddHeader(group.Key, group.Select(h => h.Value).ToArray());
            }

            return message;
        }
    }
}
