namespace Letta.Generated.Simulator
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

        /// <summary>Sends the normal response's status and headers, then (after an optional first part) a body that never completes.</summary>
        StalledBody = 4,

        /// <summary>Sends the normal response's body a few bytes per interval of the simulator's <see cref="System.TimeProvider"/>.</summary>
        DrippingBody = 5,

        /// <summary>Sends the normal response's status and headers, then drops the connection after a number of body bytes.</summary>
        ConnectionReset = 6,

        /// <summary>Serves 200 with a valid JSON array of generated batches of an exact (large) size, streamed, never held in memory.</summary>
        OversizedPage = 7,

        /// <summary>Answers normally, but a page holds at most a fixed number of batches whatever <c>limit</c> asks.</summary>
        PageCap = 8,

        /// <summary>Serves the normal page with one field of every batch replaced by a given JSON value (a 200 that breaks the schema).</summary>
        MalformedField = 9,

        /// <summary>Serves 200 with <c>Content-Encoding: gzip</c> and a body that is not valid gzip.</summary>
        CorruptGzipBody = 10,

        /// <summary>Serves the normal response with the fault's extra headers, sent exactly as given.</summary>
        ExtraHeaders = 11,
    }
}
