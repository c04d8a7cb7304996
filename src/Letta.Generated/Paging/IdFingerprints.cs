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
        private const ulong PartitionSize = 1UL << (64 - PartitionBits);
        private readonly Table[] _tables = new Table[1 << PartitionBits];

        public int Count { get; private set; }

        /// <summary>Adds the id; false when it was already there.</summary>
        [System.Runtime.CompilerServices.MethodImpl(JitHints.AggressiveOptimization)]
        public bool Add(string id)
        {
            var fingerprint = Fingerprint(id);
            var table = _tables[Partition(fingerprint)] ??= new Table();
            if (!table.Add(fingerprint)) return false;
            Count++;
            return true;
        }

        public bool Contains(string id)
        {
            var fingerprint = Fingerprint(id);
            return _tables[Partition(fingerprint)]?.Contains(fingerprint) ?? false;
        }

        // The top PartitionBits bits choose the table. A division by a constant power of two compiles to the same
        // shift as >>, and unlike >> it has no equivalent mutant (>>>) that mutation testing would have to excuse.
        private static int Partition(ulong fingerprint) => (int)(fingerprint / PartitionSize);

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
            // Each step of the finish is one-to-one, so it decides which fingerprint an id gets, never whether two ids
            // share one. The same holds for the Bitwise mutants of its shifts (x ^ (x << k) and x ^ (x >>> k) are one-to-one
            // too): excused one by one below; every other mutant of the hash is tested (IdFingerprintsTests).
            // Stryker disable once Bitwise : x ^ (x << 30) and x ^ (x >>> 30) are one-to-one like x ^ (x >> 30)
            hash ^= hash >> 30;
            hash *= 0xbf58476d1ce4e5b9UL;
            // Stryker disable once Bitwise : x ^ (x << 27) and x ^ (x >>> 27) are one-to-one like x ^ (x >> 27)
            hash ^= hash >> 27;
            hash *= 0x94d049bb133111ebUL;
            // Stryker disable once Bitwise : x ^ (x << 31) and x ^ (x >>> 31) are one-to-one like x ^ (x >> 31)
            hash ^= hash >> 31;
            return hash == 0 ? 1 : hash;
        }

        private static ulong Mix(ulong hash, ulong block, ulong k1, ulong k2)
        {
            block *= k1;
            block = (block << 31) | (block >> 33);
            block *= k2;
            hash ^= block;
            hash = (hash << 27) | (hash >> 37);
            return (hash * 5) + 0x52dce729;
        }

        private sealed class Table
        {
            private const ulong LowBitsSize = 1UL << 32;

            private ulong[] _slots = new ulong[16];
            private int _count;
            private int _growAt = GrowAt(16);

            public bool Add(ulong fingerprint)
            {
                if (_count == _growAt) Grow();
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

            // The low 32 bits mapped onto the table (the high bits chose the table); divided rather than shifted, as in Partition.
            private static int Start(ulong fingerprint, int length) => (int)((uint)fingerprint * (ulong)length / LowBitsSize);

            // 85 % full: the table grows before the insert that would pass it.
            private static int GrowAt(int length) => length * 17 / 20;

            private void Grow()
            {
                var bigger = new ulong[_slots.Length + (_slots.Length / 2)];
                foreach (var fingerprint in _slots)
                {
                    if (fingerprint != 0) Insert(bigger, fingerprint);
                }

                _slots = bigger;
                _growAt = GrowAt(bigger.Length);
            }
        }
    }
}
