using System.Collections.Generic;

namespace Letta.Generated.Cli.Watching
{
    /// <summary>Writes a watch's changes to standard output, a poll's worth at a time.</summary>
    internal interface IChangeWriter
    {
        /// <summary>Before the first poll (the table's header), then flushed.</summary>
        void Start();

        /// <summary>Writes the changes, then pushes them to stdout, so stdout is complete up to the last change while the watch waits.</summary>
        /// <exception cref="LettaResponseException">A batch cannot be read (the table reads every field); nothing of these changes was written.</exception>
        void Write(IReadOnlyList<BatchChange> changes);
    }
}
