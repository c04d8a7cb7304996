using System.Collections.Generic;

namespace Letta.Generated.Simulator.Internal
{
    /// <summary>The simulator's own request log: numbered on arrival, so even a request still waiting on a delay is visible.</summary>
    internal sealed class RequestLog
    {
        private readonly object _gate = new();
        private readonly List<RecordedRequest> _requests = new();
        private int _lastNumber;

        public int Count
        {
            get
            {
                lock (_gate)
                {
                    return _requests.Count;
                }
            }
        }

        public int NextNumber()
        {
            lock (_gate)
            {
                return ++_lastNumber;
            }
        }

        public void Add(RecordedRequest request)
        {
            lock (_gate)
            {
                _requests.Add(request);
                _requests.Sort((a, b) => a.Number.CompareTo(b.Number));
            }
        }

        public IReadOnlyList<RecordedRequest> Snapshot()
        {
            lock (_gate)
            {
                return _requests.ToArray();
            }
        }

        public void Clear()
        {
            lock (_gate)
            {
                _requests.Clear();
                _lastNumber = 0;
            }
        }
    }
}
