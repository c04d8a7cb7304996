namespace Letta.Generated
{
    /// <summary>What happened to a batch between two listings of <see cref="ILettaClient.WatchBatchesAsync"/>.</summary>
    public enum BatchChangeKind
    {
        /// <summary>
        /// Listed now and not in the previous listing: a new batch, or (at the first poll) every batch listed then.
        /// </summary>
        Appeared,

        /// <summary>Listed in both, and its JSON differs in any byte (status, timestamps, any field).</summary>
        Changed,

        /// <summary>
        /// Listed before and not now. The server lists only <c>created</c> and <c>running</c> batches, so the batch
        /// completed, failed, was cancelled or expired (or was deleted); the listing cannot say which.
        /// </summary>
        Left,
    }
}
