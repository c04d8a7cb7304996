namespace Letta.Generated
{
    /// <summary>
    /// The ids a listing has yielded, as 64-bit fingerprints, so no id is ever yielded twice whatever the server
    /// sends. About 11 bytes per id (1.1 MB per 100,000): 256 open-addressing tables of <c>ulong</c> that grow by
    /// half when 85 % full, so no growth step ever copies more than a 256th of the set. Two ids share a
    /// fingerprint with probability about N²/2⁶⁵ (3·10⁻⁸ for a million ids); that would stop the listing with a
    /// <see cref="LettaPaginationException"/>, never skip or repeat a batch.
    /// </summary>
    internal sealed class IdFingerprints
    {
        private const int PartitionBits = 8;
        private readonly Table[] _tables = new Table[1 << PartitionBits];

        public int Count { get; private set; }

        /// <summary>Adds the id; false when it was already there.</summary>
        public bool Add(string id)
        {
            var fingerprint = Fingerprint(id);
            var table = _tables[(int)(fingerprint >> (64 - PartitionBits))] ??= new Table();
            if (!table.Add(fingerprint)) return false;
            Count++;
            return true;
        }

        public bool Contains(string id)
        {
            var fingerprint = Fingerprint(id);
            return _tables[(int)(fingerprint >> (64 - PartitionBits))]?.Contains(fingerprint) ?? false;
        }

        /// <summary>FNV-1a over the UTF-16 code units, then a SplitMix64 finish so every bit depends on every char; never 0 (the empty slot).</summary>
        private static ulong Fingerprint(string id)
        {
            var hash = 14695981039346656037UL;
            foreach (var c in id)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            hash ^= hash >> 30;
            hash *= 0xbf58476d1ce4e5b9UL;
            hash ^= hash >> 27;
            hash *= 0x94d049bb133111ebUL;
            hash ^= hash >> 31;
            return hash == 0 ? 1 : hash;
        }

        private sealed class Table
        {
            private ulong[] _slots = new ulong[16];
            private int _count;

            public bool Add(ulong fingerprint)
            {
                if ((_count + 1) * 20 > _slots.Length * 17) Grow();
                if (!Insert(_slots, fingerprint)) return false;
                _count++;
                return true;
            }

            public bool Contains(ulong fingerprint)
            {
                var slots = _slots;
                for (var i = Start(fingerprint, slots.Length); ; i = i + 1 == slots.Length ? 0 : i + 1)
                {
                    if (slots[i] == fingerprint) return true;
                    if (slots[i] == 0) return false;
                }
            }

            private static bool Insert(ulong[] slots, ulong fingerprint)
            {
                for (var i = Start(fingerprint, slots.Length); ; i = i + 1 == slots.Length ? 0 : i + 1)
                {
                    if (slots[i] == fingerprint) return false;
                    if (slots[i] == 0)
                    {
                        slots[i] = fingerprint;
                        return true;
                    }
                }
            }

            // The low 32 bits mapped onto the table (the high bits chose the table).
            private static int Start(ulong fingerprint, int length) => (int)(((fingerprint & 0xFFFFFFFFUL) * (ulong)length) >> 32);

            private void Grow()
            {
                var bigger = new ulong[_slots.Length + (_slots.Length / 2)];
                foreach (var fingerprint in _slots)
                {
                    if (fingerprint != 0) Insert(bigger, fingerprint);
                }

                _slots = bigger;
            }
        }
    }
}
