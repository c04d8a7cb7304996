using System.Buffers;
using System.Collections.Generic;

namespace Letta.Generated.Tests.Support
{
    /// <summary>
    /// A pool that lends back whatever was returned last, trusting every return as <c>ArrayPool&lt;byte&gt;.Shared</c>
    /// does (<c>ArrayPool.Create()</c>'s pool drops a return it did not lend, so it would hide a double return).
    /// </summary>
    internal sealed class ReusingPool : ArrayPool<byte>
    {
        private readonly Stack<byte[]> _returned = new Stack<byte[]>();

        public override byte[] Rent(int minimumLength)
        {
            lock (_returned)
            {
                if (_returned.Count > 0 && _returned.Peek().Length >= minimumLength) return _returned.Pop();
            }

            return new byte[minimumLength];
        }

        public override void Return(byte[] array, bool clearArray = false)
        {
            lock (_returned) _returned.Push(array);
        }
    }
}
