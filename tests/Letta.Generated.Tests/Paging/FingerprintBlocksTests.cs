using System;
using NUnit.Framework;

namespace Letta.Generated.Tests.Paging
{
    /// <summary>The id set's native memory: same-size blocks from 64 KiB slabs, each outgrown block rented again.</summary>
    public unsafe class FingerprintBlocksTests
    {
        private const int Slab = 64 * 1024;

        [Test]
        public void A_returned_block_is_rented_again_before_a_new_slab_is_allocated()
        {
            var memory = new FingerprintBlocks();
            var blocks = new IntPtr[64];
            for (var i = 0; i < blocks.Length; i++) blocks[i] = (IntPtr)memory.Rent();
            Assert.That(memory.NativeBytes, Is.EqualTo(Slab), "64 blocks of 1 KiB fill one slab");

            memory.Return((ulong*)blocks[17]);
            var again = (IntPtr)memory.Rent();

            Assert.That(again, Is.EqualTo(blocks[17]));
            Assert.That(memory.NativeBytes, Is.EqualTo(Slab));
            memory.Rent();
            Assert.That(memory.NativeBytes, Is.EqualTo(2 * Slab), "a new slab only when no block is free");
            memory.Free();
        }

        [Test]
        public void A_block_rented_again_is_empty()
        {
            var memory = new FingerprintBlocks();
            var block = memory.Rent();
            for (var i = 0; i < FingerprintBlocks.Length; i++) block[i] = 0xFFFF_FFFF_FFFF_FFFFUL - (ulong)i;

            memory.Return(block);
            var again = memory.Rent();

            var empty = true;
            for (var i = 0; i < FingerprintBlocks.Length; i++) empty &= again[i] == 0;
            Assert.That(empty, Is.True);
            memory.Free();
        }

        [Test]
        public void Freeing_frees_every_slab_and_renting_afterwards_throws()
        {
            var memory = new FingerprintBlocks();
            for (var i = 0; i < 100; i++) memory.Rent();

            memory.Free();

            Assert.That(memory.NativeBytes, Is.EqualTo(0));
            Assert.That(memory.IsFreed, Is.True);
            Assert.Throws<ObjectDisposedException>(() => memory.Rent());
        }
    }
}
