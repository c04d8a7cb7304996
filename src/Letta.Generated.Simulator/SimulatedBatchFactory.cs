using System;
using System.Collections.Generic;
using System.Globalization;
using Newtonsoft.Json.Linq;

namespace Letta.Generated.Simulator
{
    /// <summary>
    /// Makes deterministic, realistic batches from a seed: the same seed and settings always give the same
    /// batches, on every machine (a seeded <see cref="Random"/> and a fixed epoch; no clock is read).
    /// </summary>
    /// <remarks>
    /// The batches cover what a client must survive: mostly created/running with the other statuses mixed in,
    /// nulls in every nullable field, durations above 2^31 ns, whole-second and sub-second timestamps,
    /// <c>callback_url</c> of <c>"None"</c>, metadata with nested objects, arrays and date-looking strings.
    /// </remarks>
    public sealed class SimulatedBatchFactory
    {
        /// <summary>The default first <c>created_at</c>: 2025-01-02T03:04:05Z.</summary>
        public static readonly DateTimeOffset DefaultEpoch = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

        private readonly Random _random;
        private readonly string _userId;
        private DateTimeOffset _clock;
        private int _created;

        /// <summary>Creates a factory.</summary>
        /// <param name="seed">The random seed.</param>
        /// <param name="epoch">The first <c>created_at</c>; <see cref="DefaultEpoch"/> when null.</param>
        public SimulatedBatchFactory(int seed = 42, DateTimeOffset? epoch = null)
        {
            _random = new Random(seed);
            _clock = epoch ?? DefaultEpoch;
            _userId = "user-" + NextUuid();
        }

        /// <summary>Lets consecutive batches share a <c>created_at</c> (about one in four), so ties are broken by id.</summary>
        public bool AllowTies { get; set; }

        /// <summary>Uses the stop reasons the documentation lacks too, and guarantees each appears on a listed batch.</summary>
        public bool IncludeNewStopReasons { get; set; }

        /// <summary>The <c>user_id</c> every batch of this factory carries.</summary>
        public string UserId => _userId;

        /// <summary>Creates the next <paramref name="count"/> batches, created_at non-decreasing.</summary>
        /// <param name="count">How many to create.</param>
        /// <returns>The batches, oldest first.</returns>
        public IReadOnlyList<SimulatedBatch> Create(int count)
        {
            if (count < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }

            var batches = new List<SimulatedBatch>(count);
            for (var i = 0; i < count; i++)
            {
                batches.Add(CreateOne());
            }

            return batches;
        }

        /// <summary>
        /// Creates exactly <paramref name="listedCount"/> batches the server lists (<c>created</c> or <c>running</c>) and
        /// <paramref name="unlistedCount"/> it does not, interleaved in time as they come. <see cref="Create"/> draws a
        /// status for each batch, so only about seven in ten of its batches are listed; this keeps drawing (and skips the
        /// batches a quota no longer needs) until both counts are met.
        /// </summary>
        /// <param name="listedCount">How many created or running batches.</param>
        /// <param name="unlistedCount">How many completed, failed, cancelled, expired or pending batches.</param>
        /// <returns>The batches, oldest first.</returns>
        public IReadOnlyList<SimulatedBatch> CreateListed(int listedCount, int unlistedCount = 0)
        {
            if (listedCount < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(listedCount));
            }

            if (unlistedCount < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(unlistedCount));
            }

            var batches = new List<SimulatedBatch>(listedCount + unlistedCount);
            int listed = 0, unlisted = 0;
            while (listed < listedCount || unlisted < unlistedCount)
            {
                var batch = CreateOne();
                if (LettaValues.IsListed(batch.Status) ? listed++ < listedCount : unlisted++ < unlistedCount)
                {
                    batches.Add(batch);
                }
            }

            return batches;
        }

        /// <summary>Creates one batch, later than (or, with ties, as late as) the previous one.</summary>
        /// <returns>The batch.</returns>
        public SimulatedBatch CreateOne()
        {
            var index = _created++;
            AdvanceClock(index);
            var createdAt = _clock;

            var status = PickStatus();
            var stopReason = PickStopReason(index, ref status);
            var finished = status != "created" && status != "running" && status != "pending";
            DateTimeOffset? completedAt = finished && Chance(0.9) ? createdAt.AddTicks(Micros(50_000, 600_000_000)) : null;
            var callbackUrl = PickCallbackUrl(index);
            var callbackSent = completedAt is not null && callbackUrl.StartsWith("https://", StringComparison.Ordinal) && Chance(0.8);
            var callbackFailed = callbackSent && Chance(0.3);

            return new SimulatedBatch
            {
                Id = "job-" + NextUuid(),
                CreatedAt = createdAt,
                UpdatedAt = Chance(0.85) ? (completedAt ?? createdAt).AddTicks(Micros(0, 2_000_000)) : null,
                Status = status,
                StopReason = stopReason,
                JobType = "batch",
                CompletedAt = completedAt,
                Background = Chance(0.2) ? null : Chance(0.5),
                AgentId = Chance(0.7) ? "agent-" + NextUuid() : null,
                Metadata = PickMetadata(index, createdAt),
                CallbackUrl = callbackUrl == "null" ? null : callbackUrl,
                CallbackSentAt = callbackSent ? completedAt!.Value.AddTicks(Micros(1_000, 900_000)) : null,
                CallbackStatusCode = callbackSent ? (callbackFailed ? 502 : 200) : null,
                CallbackError = callbackFailed ? "Callback endpoint returned 502 Bad Gateway" : null,
                TtftNs = Chance(0.8) ? _random.Next(40_000_000, int.MaxValue) : null,
                // Durations are 64-bit: most are several seconds, i.e. above 2^31 ns.
                TotalDurationNs = Chance(0.85) ? 2_200_000_000L + (long)(_random.NextDouble() * 600_000_000_000L) : null,
                CreatedById = Chance(0.8) ? _userId : null,
                LastUpdatedById = Chance(0.7) ? _userId : null,
                UserId = _userId,
            };
        }

        private void AdvanceClock(int index)
        {
            if (index == 0)
            {
                return;
            }

            if (AllowTies && _random.Next(4) == 0)
            {
                return;
            }

            if (_random.Next(6) == 0)
            {
                // Land on a whole second so the "fraction left out when zero" format shows up.
                _clock = new DateTimeOffset(_clock.Ticks - (_clock.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero).AddSeconds(1 + _random.Next(3));
            }
            else if (_random.Next(4) == 0)
            {
                _clock = _clock.AddMilliseconds(1 + _random.Next(999));
            }
            else
            {
                _clock = _clock.AddTicks(Micros(1, 3_000_000));
            }
        }

        private string PickStatus()
        {
            var roll = _random.Next(100);
            return roll switch
            {
                < 35 => "created",
                < 70 => "running",
                < 80 => "completed",
                < 85 => "failed",
                < 90 => "cancelled",
                < 95 => "expired",
                _ => "pending",
            };
        }

        private string? PickStopReason(int index, ref string status)
        {
            if (IncludeNewStopReasons && index % 5 == 2)
            {
                // A listed (running) batch with a newer reason, so clients meet it on the first pages.
                status = "running";
                return LettaValues.NewerStopReasons[(index / 5) % LettaValues.NewerStopReasons.Count];
            }

            var listed = status == "created" || status == "running";
            if (listed ? !Chance(0.25) : Chance(0.1))
            {
                return null;
            }

            var reasons = IncludeNewStopReasons && Chance(0.3) ? LettaValues.NewerStopReasons : LettaValues.DocumentedStopReasons;
            return reasons[_random.Next(reasons.Count)];
        }

        private string PickCallbackUrl(int index)
        {
            var roll = _random.Next(10);
            return roll switch
            {
                < 6 => "None",
                < 9 => "https://example.com/hooks/letta/" + index.ToString(CultureInfo.InvariantCulture),
                _ => "null",
            };
        }

        private JObject? PickMetadata(int index, DateTimeOffset createdAt)
        {
            var roll = _random.Next(10);
            if (roll == 0)
            {
                return null;
            }

            if (roll == 1)
            {
                return new JObject();
            }

            var metadata = new JObject { ["job_type"] = "batch_messages" };
            if (roll >= 6)
            {
                // User data the server must hand back verbatim, including strings that merely look like dates.
                metadata["source"] = "nightly-import";
                metadata["requested_at"] = createdAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
                metadata["tags"] = new JArray("alpha", "beta", index);
                metadata["nested"] = new JObject
                {
                    ["attempt"] = 1 + _random.Next(3),
                    ["deadline"] = "2025-12-31",
                    ["ratio"] = 0.25,
                    ["flags"] = new JArray(true, false, JValue.CreateNull()),
                };
            }

            return metadata;
        }

        private bool Chance(double probability) => _random.NextDouble() < probability;

        private long Micros(int min, int max) => _random.Next(min, max) * (TimeSpan.TicksPerMillisecond / 1000);

        // A version-4-looking UUID built from the seeded generator (Guid.NewGuid would break determinism).
        private string NextUuid()
        {
            var bytes = new byte[16];
            _random.NextBytes(bytes);
            bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
            bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
            var hex = BitConverter.ToString(bytes).Replace("-", string.Empty).ToLowerInvariant();
            return $"{hex.Substring(0, 8)}-{hex.Substring(8, 4)}-{hex.Substring(12, 4)}-{hex.Substring(16, 4)}-{hex.Substring(20, 12)}";
        }
    }
}
