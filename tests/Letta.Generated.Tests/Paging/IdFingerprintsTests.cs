using System;
using NUnit.Framework;

namespace Letta.Generated.Tests.Paging
{
    /// <summary>The ids a listing has yielded: exact for realistic ids, and about 11 bytes per id.</summary>
    public class IdFingerprintsTests
    {
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
                ids[i] = "job-" + new Guid(bytes);
            }

            var allNew = true;
            foreach (var id in ids) allNew &= seen.Add(id);

            Assert.That(allNew, Is.True, "no two of a million ids share a fingerprint");
            Assert.That(seen.Count, Is.EqualTo(1_000_000));
            Assert.That(Array.TrueForAll(ids, seen.Contains), Is.True);
        }

        [Test]
        public void Ids_never_added_are_not_found_among_many_that_were()
        {
            var seen = new IdFingerprints();
            for (var i = 0; i < 10_000; i++) seen.Add("job-" + i);

            var found = 0;
            for (var i = 10_000; i < 20_000; i++)
            {
                if (seen.Contains("job-" + i)) found++;
            }

            Assert.That(found, Is.EqualTo(0));
        }

        [Test]
        public void A_hundred_thousand_ids_hold_less_than_one_and_a_half_megabytes()
        {
            var ids = new string[100_000];
            for (var i = 0; i < ids.Length; i++) ids[i] = "job-" + Guid.NewGuid();

            var before = GC.GetTotalMemory(forceFullCollection: true);
            var seen = new IdFingerprints();
            foreach (var id in ids) seen.Add(id);
            var held = GC.GetTotalMemory(forceFullCollection: true) - before;
            GC.KeepAlive(seen);

            // 8 bytes a slot at 57-85 % load: about 1.1 MB.
            Assert.That(held, Is.LessThan(1_500_000));
            Assert.That(seen.Count, Is.EqualTo(100_000));
        }
    }
}
