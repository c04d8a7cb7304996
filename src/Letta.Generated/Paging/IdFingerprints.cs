namespace Letta.Generated
{
    /// <summary>
    /// The ids a listing has yielded, as 64-bit fingerprints, so no id is ever yielded twice whatever the server
    /// sends. 11-14 bytes per id (1.3 MB per 100,000, 10.8 MB per million): 256 open-addressing tables of <c>ulong</c>
    /// that grow by half (to whole 1 KiB blocks) when 85 % full, so no growth step ever copies more than a 256th of the set. Two ids share a
    /// fingerprint with probability about N²/2⁶⁵ (3·10⁻⁸ for a million ids); that would stop the listing with a
    /// <see cref="LettaPaginationException"/>, never skip or repeat a batch.
    /// The tables live in native memory (<see cref="FingerprintBlocks"/>), not on the GC heap: a table that grows gives
    /// its old blocks back at once for the next, so a listing's memory is the set itself. On the GC heap every outgrown table stayed until a full collection and the
    /// surviving set kept raising the GC's budgets: a million ids cost about 25 MB of peak RSS instead of 11.
    /// The pager disposes the set when the listing ends; the finalizer frees it if an enumerator is abandoned.
    /// </summary>
    internal sealed class IdFingerprints : System.IDisposable
    {
        private const int PartitionBits = 8;
        private const ulong PartitionSize = 1UL << (64 - PartitionBits);
        private readonly Table[] _tables = new Table[1 << PartitionBits];
        private readonly FingerprintBlocks _memory = new FingerprintBlocks();

        public int Count { get; private set; }

        /// <summary>The native memory the set holds now, its free blocks included (0 once disposed).</summary>
        public long NativeBytes => _memory.NativeBytes;

        /// <summary>Adds the id; false when it was already there.</summary>
        [System.Runtime.CompilerServices.MethodImpl(JitHints.AggressiveOptimization)]
        public bool Add(string id)
        {
            var fingerprint = Fingerprint(id);
            var table = _tables[Partition(fingerprint)] ??= new Table(_memory);
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

        /// <summary>Frees the tables; adding or looking up afterwards throws <see cref="System.ObjectDisposedException"/>.</summary>
        public void Dispose()
        {
            Free();
            System.GC.SuppressFinalize(this);
        }

        ~IdFingerprints() => Free();

        private void Free()
        {
            _memory.Free();
        }

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

        /// <summary>
        /// One open-addressing table of fingerprints (0 marks an empty slot) in <see cref="FingerprintBlocks"/>: its
        /// slots are whole blocks, slot i in block i / <see cref="FingerprintBlocks.Length"/>.
        /// </summary>
        private sealed unsafe class Table
        {
            private const ulong LowBitsSize = 1UL << 32;

            private readonly FingerprintBlocks _memory;
            private System.IntPtr[] _blocks;
            private int _length = FingerprintBlocks.Length;
            private int _count;
            private int _growAt = GrowAt(FingerprintBlocks.Length);

            public Table(FingerprintBlocks memory)
            {
                _memory = memory;
                _blocks = Rent(memory, _length);
            }

            public bool Add(ulong fingerprint)
            {
                if (_count == _growAt) Grow();
                if (!Insert(Blocks(), _length, fingerprint)) return false;
                _count++;
                return true;
            }

            public bool Contains(ulong fingerprint)
            {
                var blocks = Blocks();
                for (var i = Start(fingerprint, _length); ; i = i + 1 == _length ? 0 : i + 1)
                {
                    var slot = *Slot(blocks, i);
                    if (slot == fingerprint) return true;
                    if (slot == 0) return false;
                }
            }

            private System.IntPtr[] Blocks() => _memory.IsFreed ? throw new System.ObjectDisposedException(nameof(IdFingerprints)) : _blocks;

            // Unsigned division and remainder by a power of two compile to a shift and a mask (as in Partition).
            private static ulong* Slot(System.IntPtr[] blocks, int index) =>
                (ulong*)blocks[(int)((uint)index / FingerprintBlocks.Length)] + ((uint)index % FingerprintBlocks.Length);

            private static System.IntPtr[] Rent(FingerprintBlocks memory, int length)
            {
                var blocks = new System.IntPtr[length / FingerprintBlocks.Length];
                for (var b = 0; b < blocks.Length; b++) blocks[b] = (System.IntPtr)memory.Rent();
                return blocks;
            }

            private static bool Insert(System.IntPtr[] blocks, int length, ulong fingerprint)
            {
                for (var i = Start(fingerprint, length); ; i = i + 1 == length ? 0 : i + 1)
                {
                    var slot = Slot(blocks, i);
                    if (*slot == fingerprint) return false;
                    if (*slot == 0)
                    {
                        *slot = fingerprint;
                        return true;
                    }
                }
            }

            // The low 32 bits mapped onto the table (the high bits chose the table); divided rather than shifted, as in Partition.
            private static int Start(ulong fingerprint, int length) => (int)((uint)fingerprint * (ulong)length / LowBitsSize);

            // 85 % full: the table grows before the insert that would pass it.
            private static int GrowAt(int length) => length * 17 / 20;

            // By half, rounded up to whole blocks. The old blocks go back as soon as they are copied, for the next table
            // that grows.
            private void Grow()
            {
                var old = Blocks();
                var length = (_length + (_length / 2) + FingerprintBlocks.Length - 1) / FingerprintBlocks.Length * FingerprintBlocks.Length;
                var bigger = Rent(_memory, length);
                for (var i = 0; i < _length; i++)
                {
                    var slot = *Slot(old, i);
                    if (slot != 0) Insert(bigger, length, slot);
                }

                _blocks = bigger;
                _length = length;
                _growAt = GrowAt(length);
                foreach (var block in old) _memory.Return((ulong*)block);
            }
        }
    }
}
