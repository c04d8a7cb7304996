using System.Runtime.CompilerServices;

namespace Letta.Generated
{
    /// <summary>
    /// <see cref="MethodImplOptions"/> values netstandard2.0 cannot name. AggressiveOptimization (512): the JIT
    /// compiles the method fully optimized at once instead of starting with unoptimized tier-0 code. For the
    /// few per-batch loops only: a one-shot listing (the CLI's) otherwise spends much of its life in tier-0 code;
    /// a runtime that does not know the flag ignores it.
    /// </summary>
    internal static class JitHints
    {
        public const MethodImplOptions AggressiveOptimization = (MethodImplOptions)512;
    }
}
