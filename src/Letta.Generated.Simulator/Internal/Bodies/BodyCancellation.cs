using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Letta.Generated.Simulator.Internal.Bodies
{
    /// <summary>
    /// What may end a body that is waiting (a stall, a drip): the reader's token, the request's token (the in-process
    /// handler's), the simulator being disposed, or the body stream being disposed. Each ends the wait the way a real
    /// connection would show it: cancellation as an <see cref="OperationCanceledException"/>, a stopped server as an
    /// <see cref="IOException"/>, a disposed response as an <see cref="ObjectDisposedException"/>.
    /// </summary>
    internal sealed class BodyCancellation
    {
        public BodyCancellation(CancellationToken request, CancellationToken stopping)
        {
            Request = request;
            Stopping = stopping;
        }

        public CancellationToken Request { get; }

        public CancellationToken Stopping { get; }

        public async Task WaitAsync(Func<CancellationToken, Task> wait, CancellationToken read, CancellationToken disposing)
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(read, Request, Stopping, disposing);
            try
            {
                await wait(linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!read.IsCancellationRequested && !Request.IsCancellationRequested)
            {
                if (disposing.IsCancellationRequested)
                {
                    throw new ObjectDisposedException("The response was disposed while its body was being read.");
                }

                throw new IOException("The Letta simulator was stopped while it was sending this body.");
            }
        }
    }
}
