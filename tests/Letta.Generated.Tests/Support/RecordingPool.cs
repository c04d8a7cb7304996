using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;

namespace Letta.Generated.Tests.Support
{
    /// <summary>
    /// An array pool that lends fresh arrays and counts how often each one comes back, so a test can tell "returned
    /// once" from "returned twice" (which the shared pool never reports, it just lends the array out twice).
    /// </summary>
    internal sealed class RecordingPool : ArrayPool<byte>
    {
        private readonly object _gate = new object();
        private readonly List<byte[]> _rented = new List<byte[]>();
        private readonly Dictionary<byte[], int> _returns = new Dictionary<byte[], int>(ReferenceEqualityComparer.Instance);

        /// <summary>Runs inside the first <see cref="Return"/>, before it is counted (a test holds a dispose there).</summary>
        public Action? OnFirstReturn { get; set; }

        public int Rented
        {
            get
            {
                lock (_gate) return _rented.Count;
            }
        }

        /// <summary>How often each rented array came back, in the order they were rented.</summary>
        public IReadOnlyList<int> ReturnsPerArray
        {
            get
            {
                lock (_gate) return _rented.Select(a => _returns.TryGetValue(a, out var n) ? n : 0).ToList();
            }
        }

        public override byte[] Rent(int minimumLength)
        {
            var array = new byte[minimumLength];
            lock (_gate) _rented.Add(array);
            return array;
        }

        public override void Return(byte[] array, bool clearArray = false)
        {
            Action? first;
            lock (_gate)
            {
                first = OnFirstReturn;
                OnFirstReturn = null;
            }

            first?.Invoke();
            lock (_gate) _returns[array] = _returns.TryGetValue(array, out var n) ? n + 1 : 1;
        }
    }
}
