namespace Letta.Generated.Simulator
{
    /// <summary>The body shape of a 422 validation error.</summary>
    public enum ValidationErrorShape
    {
        /// <summary>
        /// What the real server sends (the default): <c>{"trace_id":"…","detail":"[{'type': …}]"}</c>, where
        /// <c>detail</c> is ONE string holding the Python repr of the error list.
        /// </summary>
        DetailString = 0,

        /// <summary>
        /// The shape the OpenAPI schema declares: <c>{"detail":[{"type":…,"loc":["query","limit"],"msg":…,"input":…}]}</c>.
        /// </summary>
        DetailArray = 1,
    }
}
