namespace Letta.Generated.Testing
{
    /// <summary>What a <see cref="SimulatedFault"/> does to the response.</summary>
    public enum FaultKind
    {
        /// <summary>Serves the normal response, after the fault's delay (used for timeouts and slow servers).</summary>
        DelayOnly = 0,

        /// <summary>Serves a fixed status code and body instead of the normal response.</summary>
        FixedResponse = 1,

        /// <summary>Serves 200 with the normal page's JSON cut in the middle (a complete HTTP message, invalid JSON).</summary>
        TruncatedPage = 2,

        /// <summary>Serves 200 with the normal page wrapped in an object (<c>{"data":[…],"has_more":false}</c>) instead of a bare array.</summary>
        ObjectInsteadOfArray = 3,
    }
}
