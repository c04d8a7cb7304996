namespace Letta.Generated
{
    /// <summary>
    /// The native memory of one <see cref="IdFingerprints"/>: blocks of <see cref="Length"/> slots, carved from
    /// 64 KiB slabs and kept on a free list when a table outgrows them, so the next table that grows takes them back.
    /// Every block has the same size, so nothing freed is ever too small to reuse. Asking the C allocator for each
    /// table's array instead left a hole at every growth that no later, bigger table fitted, in every allocator
    /// arena the listing's threads used: a million ids held about 3 MB more than their tables (measured).
    /// </summary>
    internal sealed unsafe class FingerprintBlocks
    {
        /// <summary>Slots per block (1 KiB).</summary>
        public const int Length = 128;

        private const int BlocksPerSlab = 64;
        private readonly System.Collections.Generic.List<System.IntPtr> _slabs = new System.Collections.Generic.List<System.IntPtr>();
        private readonly System.Collections.Generic.Stack<System.IntPtr> _free = new System.Collections.Generic.Stack<System.IntPtr>();
        private int _carved = BlocksPerSlab;

        /// <summary>The native memory held: every slab, whether its blocks are in use or free (0 once freed).</summary>
        public long NativeBytes => (long)_slabs.Count * BlocksPerSlab * Length * sizeof(ulong);

        public bool IsFreed { get; private set; }

        /// <summary>A block of <see cref="Length"/> empty slots.</summary>
        public ulong* Rent()
        {
            if (IsFreed) throw new System.ObjectDisposedException(nameof(IdFingerprints));
            ulong* block;
            if (_free.Count > 0)
            {
                block = (ulong*)_free.Pop();
            }
            else
            {
                if (_carved == BlocksPerSlab)
                {
                    _slabs.Add(System.Runtime.InteropServices.Marshal.AllocHGlobal(BlocksPerSlab * Length * sizeof(ulong)));
                    _carved = 0;
                }

                block = (ulong*)_slabs[_slabs.Count - 1] + (_carved++ * Length);
            }

            for (var i = 0; i < Length; i++) block[i] = 0;
            return block;
        }

        /// <summary>Takes back a block for the next <see cref="Rent"/>.</summary>
        public void Return(ulong* block) => _free.Push((System.IntPtr)block);

        /// <summary>Frees every slab at once; renting afterwards throws <see cref="System.ObjectDisposedException"/>.</summary>
        public void Free()
        {
            IsFreed = true;
            foreach (var slab in _slabs) System.Runtime.InteropServices.Marshal.FreeHGlobal(slab);
            _slabs.Clear();
        }
    }
}
