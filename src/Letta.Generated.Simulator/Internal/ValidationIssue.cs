namespace Letta.Generated.Simulator.Internal
{
    /// <summary>One FastAPI/pydantic v2 validation error for a query parameter.</summary>
    internal sealed record ValidationIssue(string Type, string Parameter, string Message, string Input, string? Expected);
}
