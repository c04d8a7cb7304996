using System;
using System.Linq;
using NUnit.Framework;

namespace Letta.Generated.Tests.Paging
{
    /// <summary>The ids a listing has yielded: exact for realistic ids, and about 11 bytes per id.</summary>
    public class IdFingerprintsTests
    {
        /// <summary>
        /// Letta's id prefixes of 4 to 7 characters: with a UUID, ids of 40 (<c>job-</c>), 41, 42 (<c>batch-</c>)
        /// and 43 characters, so the hash's last block holds 0, 2, 4 and 6 bytes.
        /// </summary>
        private static readonly string[] Prefixes = { "job-", "step-", "batch-", "source-" };

        [Test]
        public void Each_id_is_added_once_and_a_repeat_is_reported()
        {
            var seen = new IdFingerprints();

            Assert.That(seen.Add("job-1"), Is.True);
            Assert.That(seen.Add("job-2"), Is.True);
            Assert.That(seen.Add("job-1"), Is.False);
            Assert.That(seen.Contains("job-2"), Is.True);
            Assert.That(seen.Contains("job-3"), Is.False);
            Assert.That(seen.Count, Is.EqualTo(2));
        }

        [Test]
        public void A_million_distinct_realistic_ids_are_all_new_and_all_found()
        {
            var seen = new IdFingerprints();
            var random = new Random(7);
            var ids = new string[1_000_000];
            var bytes = new byte[16];
            for (var i = 0; i < ids.Length; i++)
            {
                random.NextBytes(bytes);
                ids[i] = Prefixes[i % Prefixes.Length] + new Guid(bytes);
            }

            var allNew = true;
            foreach (var id in ids) allNew &= seen.Add(id);

            Assert.That(allNew, Is.True, "no two of a million ids share a fingerprint");
            Assert.That(seen.Count, Is.EqualTo(1_000_000));
            Assert.That(Array.TrueForAll(ids, seen.Contains), Is.True);
            // The README's 11 bytes an id, every outgrown block reused: 256 tables of 5,184 slots are 10.6 MB.
            Assert.That(seen.NativeBytes, Is.InRange(10_000_000, 11_000_000), "native memory");
        }

        [Test]
        public void Ids_never_added_are_not_found_among_many_that_were()
        {
            var seen = new IdFingerprints();
            var added = 0;
            for (var i = 0; i < 10_000; i++)
            {
                if (seen.Add("job-" + i)) added++;
            }

            Assert.That(added, Is.EqualTo(10_000));
            var found = 0;
            for (var i = 10_000; i < 20_000; i++)
            {
                if (seen.Contains("job-" + i)) found++;
            }

            Assert.That(found, Is.EqualTo(0));
        }

        [Test]
        public void A_hundred_thousand_ids_hold_less_than_one_and_a_half_megabytes_of_native_memory_and_almost_nothing_on_the_GC_heap()
        {
            var ids = new string[100_000];
            for (var i = 0; i < ids.Length; i++) ids[i] = "job-" + Guid.NewGuid();

            var before = GC.GetTotalMemory(forceFullCollection: true);
            using var seen = new IdFingerprints();
            foreach (var id in ids) seen.Add(id);
            var held = GC.GetTotalMemory(forceFullCollection: true) - before;

            // 8 bytes a slot at 57-85 % load: about 1.1 MB, outside the GC heap (which holds 256 small table objects).
            Assert.That(seen.NativeBytes, Is.InRange(800_000, 1_500_000));
            Assert.That(held, Is.LessThan(50_000), "GC heap");
            Assert.That(seen.Count, Is.EqualTo(100_000));
        }

        [Test]
        public void Disposing_frees_every_table_and_the_set_then_refuses_to_add_or_look_up()
        {
            var seen = new IdFingerprints();
            for (var i = 0; i < 10_000; i++) seen.Add("job-" + i);
            Assert.That(seen.NativeBytes, Is.GreaterThan(80_000));

            seen.Dispose();
            seen.Dispose();

            Assert.That(seen.NativeBytes, Is.EqualTo(0));
            Assert.Throws<ObjectDisposedException>(() => seen.Add("job-1"));
            Assert.Throws<ObjectDisposedException>(() => seen.Contains("job-2"));
        }

        [Test]
        public void Ids_that_differ_only_in_their_last_character_are_distinct_at_every_length()
        {
            // Lengths 1 to 48: every size of the hash's last block (0 to 6 bytes), and several full blocks before it.
            for (var length = 1; length <= 48; length++)
            {
                var stem = new string('a', length - 1);
                var ids = "0123456789abcdef-".Select(last => stem + last).ToArray();
                var seen = new IdFingerprints();

                var added = ids.Count(seen.Add);

                Assert.That(added, Is.EqualTo(17), "length " + length);
                Assert.That(ids.All(seen.Contains), Is.True, "length " + length);
                Assert.That(seen.Contains(stem + "g"), Is.False, "length " + length);
            }
        }

        [TestCase("job-12", "job-13")]
        [TestCase("batch-00000000-0000-4000-8000-000000000001", "batch-00000000-0000-4000-8000-000000000002")]
        [TestCase("job-00000000-0000-4000-8000-000000000001", "job-00000000-0000-4000-8000-000000000002")]
        [TestCase("batch-00000000-0000-4000-8000-000000000001", "batch-10000000-0000-4000-8000-000000000001")]
        public void Two_ids_one_character_apart_are_both_new(string first, string second)
        {
            var seen = new IdFingerprints();

            Assert.That(seen.Add(first), Is.True);
            Assert.That(seen.Add(second), Is.True);
            Assert.That(seen.Add(first), Is.False);
            Assert.That(seen.Count, Is.EqualTo(2));
        }

        [Test]
        public void Ids_of_every_realistic_length_are_added_once_and_found()
        {
            var seen = new IdFingerprints();
            var ids = Enumerable.Range(0, 20_000).Select(i => Prefixes[i % Prefixes.Length] + new Guid(i, 0, 0, new byte[8])).ToArray();

            var added = ids.Count(seen.Add);
            var repeated = ids.Count(seen.Add);

            Assert.That(added, Is.EqualTo(20_000));
            Assert.That(repeated, Is.EqualTo(0));
            Assert.That(ids.All(seen.Contains), Is.True);
            Assert.That(seen.Contains("batch-" + new Guid(20_000, 0, 0, new byte[8])), Is.False);
        }
    }
}
