#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices
{
    /// <summary>
    /// Lets netstandard2.0 compile module initializers (the compiler looks this type up by name; every runtime runs
    /// a module constructor). The generated models register their JSON readers with one.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, Inherited = false)]
    internal sealed class ModuleInitializerAttribute : Attribute
    {
    }
}
#endif
