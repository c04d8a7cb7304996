using System;
using System.Collections.Generic;
using System.Threading;

namespace Letta.Generated.Simulator.Internal
{
    /// <summary>
    /// The server itself, behind the gateway: authentication, routing, query validation and the listing, in the order
    /// the real stack applies them. Page-level faults (a page cap, a mangled page body) act on its successful pages only.
    /// </summary>
    internal sealed class LettaEndpoint
    {
        public const string BatchesPath = "/v1/messages/batches";

        private readonly LettaSimulatorOptions _options;
        private readonly BatchStore _store;
        private readonly CancellationToken _stopping;
        private readonly object _repeatGate = new();
        private IReadOnlyList<SimulatedBatch>? _pageToRepeat;

        public LettaEndpoint(LettaSimulatorOptions options, BatchStore store, CancellationToken stopping)
        {
            _options = options;
            _store = store;
            _stopping = stopping;
        }

        public Answer Answer(RecordedRequest request, SimulatedFault? fault)
        {
            if (_options.ApiKey is { } key && !HasBearer(request, key))
            {
                return Internal.Answer.Json(401, ErrorBodies.Detail("Unauthorized"));
            }

            if (!string.Equals(request.Path, BatchesPath, StringComparison.Ordinal))
            {
                return Internal.Answer.Json(404, ErrorBodies.Detail("Not Found"));
            }

            if (!string.Equals(request.Method, "GET", StringComparison.OrdinalIgnoreCase))
            {
                var notAllowed = Internal.Answer.Json(405, ErrorBodies.Detail("Method Not Allowed"));
                notAllowed.Headers.Add(new KeyValuePair<string, string>("Allow", "GET"));
                return notAllowed;
            }

            var query = ListBatchesQuery.Parse(request.Query, out var issues);
            if (issues.Count > 0)
            {
                return Internal.Answer.Json(422, ErrorBodies.Validation(issues, _options.ValidationErrorShape));
            }

            if (query.Limit < 0)
            {
                // FastAPI lets a negative limit through; the database rejects it and the server answers a bare 500.
                return Internal.Answer.Json(500, ErrorBodies.Detail("An unknown error occurred"));
            }

            return List(query, fault);
        }

        private Answer List(ListBatchesQuery query, SimulatedFault? fault)
        {
            var hasCursor = query.Before is not null || query.After is not null;
            if (_options.PagingQuirk == PagingQuirk.RepeatEachPageOnce && hasCursor)
            {
                lock (_repeatGate)
                {
                    if (_pageToRepeat is { } repeated)
                    {
                        _pageToRepeat = null;
                        return PageRenderer.Render(repeated, query, fault, _options, _stopping);
                    }
                }
            }

            var pageCap = fault?.Kind == FaultKind.PageCap ? fault.MaxItems : (int?)null;
            var error = BatchListing.TrySelect(_store.SnapshotOldestFirst(), query, _options, pageCap, out var page);
            if (error is not null)
            {
                return error;
            }

            if (_options.PagingQuirk == PagingQuirk.RepeatEachPageOnce)
            {
                lock (_repeatGate)
                {
                    _pageToRepeat = page;
                }
            }

            return PageRenderer.Render(page, query, fault, _options, _stopping);
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
    }
}
