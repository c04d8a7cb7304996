using System.Threading.Tasks;
using NUnit.Framework;

namespace Letta.Generated.Tests.Support
{
    /// <summary>
    /// Awaits bounded by the test's own <c>[CancelAfter]</c> token: a regression fails the test when the token
    /// fires instead of hanging the suite.
    /// </summary>
    internal static class Bounded
    {
        public static Task WithinTest(this Task task) => task.WaitAsync(TestContext.CurrentContext.CancellationToken);

        public static Task<T> WithinTest<T>(this Task<T> task) => task.WaitAsync(TestContext.CurrentContext.CancellationToken);
    }
}
