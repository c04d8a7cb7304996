using System;

namespace Letta.Generated
{
    /// <summary>One change <see cref="ILettaClient.WatchBatchesAsync"/> saw between two consecutive listings.</summary>
    public sealed class BatchChange
    {
        /// <summary>Creates one (the watch does; tests and mocks may too).</summary>
        /// <param name="kind">What happened.</param>
        /// <param name="batch">The batch as listed now; for <see cref="BatchChangeKind.Left"/>, as it was last listed.</param>
        /// <param name="at">When the poll that saw it completed.</param>
        public BatchChange(BatchChangeKind kind, BatchJson batch, DateTimeOffset at)
        {
            Kind = kind;
            Batch = batch ?? throw new ArgumentNullException(nameof(batch));
            At = at;
        }

        /// <summary>What happened: appeared, changed or left.</summary>
        public BatchChangeKind Kind { get; }

        /// <summary>
        /// The batch exactly as the server sent it in the poll that saw the change; for <see cref="BatchChangeKind.Left"/>,
        /// the last listing that still had it (its final status is not known: the server stops listing it).
        /// <see cref="BatchJson.ToBatchJob"/> reads it into the model.
        /// </summary>
        public BatchJson Batch { get; }

        /// <summary>The batch's id.</summary>
        public string Id => Batch.Id;

        /// <summary>When the poll that saw the change completed (its listing's last page arrived), on the client's clock.</summary>
        public DateTimeOffset At { get; }

        /// <summary>For logs and debugging: <c>changed job-… at 2026-01-01T00:00:05.0000000+00:00</c>.</summary>
        /// <returns>The kind, the id and the time.</returns>
        public override string ToString() => Kind.ToString().ToLowerInvariant() + " " + Id + " at " + At.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
    }
}
