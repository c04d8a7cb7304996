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
        [System.Runtime.CompilerServices.MethodImpl(JitHints.AggressiveOptimization)]
        public bool Add(string id)
        {
            var fingerprint = Fingerprint(id);
            // Stryker disable once Bitwise : >> and >>> are the same shift on an unsigned value
            var table = _tables[(int)(fingerprint >> (64 - PartitionBits))] ??= new Table();
            if (!table.Add(fingerprint)) return false;
            Count++;
            return true;
        }

        public bool Contains(string id)
        {
            var fingerprint = Fingerprint(id);
            // Stryker disable once Bitwise : >> and >>> are the same shift on an unsigned value
            return _tables[(int)(fingerprint >> (64 - PartitionBits))]?.Contains(fingerprint) ?? false;
        }

        // Stryker disable all : the hash's constants, shifts and mixing decide which ids would collide, not what the set
        // does; a collision needs about 2^32 ids (IdFingerprintsTests checks a million distinct ids stay distinct).
        /// <summary>
        /// A 64-bit hash of the id's UTF-16 code units, 8 bytes at a time on .NET 5+ (Murmur-style block mixing), one
        /// char at a time elsewhere, then a SplitMix64 finish so every bit depends on every char; never 0 (the empty slot).
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(JitHints.AggressiveOptimization)]
        private static ulong Fingerprint(string id)
        {
            const ulong K1 = 0x87c37b91114253d5UL;
            const ulong K2 = 0x4cf5ad432745937fUL;
            var hash = 0x9e3779b97f4a7c15UL ^ (ulong)id.Length;
#if NET5_0_OR_GREATER
            var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(System.MemoryExtensions.AsSpan(id));
            while (bytes.Length >= 8)
            {
                hash = Mix(hash, System.Runtime.InteropServices.MemoryMarshal.Read<ulong>(bytes), K1, K2);
                bytes = bytes.Slice(8);
            }

            ulong tail = 0;
            for (var i = 0; i < bytes.Length; i++) tail |= (ulong)bytes[i] << (8 * i);
            hash = Mix(hash, tail, K1, K2);
#else
            foreach (var c in id)
            {
                hash = Mix(hash, c, K1, K2);
            }
#endif
            hash ^= hash >> 30;
            hash *= 0xbf58476d1ce4e5b9UL;
            hash ^= hash >> 27;
            hash *= 0x94d049bb133111ebUL;
            hash ^= hash >> 31;
            return hash == 0 ? 1 : hash;
        }

        // Stryker disable all : as for Fingerprint above
        private static ulong Mix(ulong hash, ulong block, ulong k1, ulong k2)
        {
            block *= k1;
            block = (block << 31) | (block >> 33);
            block *= k2;
            hash ^= block;
            hash = (hash << 27) | (hash >> 37);
            return (hash * 5) + 0x52dce729;
        }

        // Stryker restore all

        private sealed class Table
        {
            private ulong[] _slots = new ulong[16];
            private int _count;

            public bool Add(ulong fingerprint)
            {
                // Stryker disable once Equality,Arithmetic : when a table grows changes its memory, not which ids it holds
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
            // Stryker disable once Bitwise : >> and >>> are the same shift on an unsigned value
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
