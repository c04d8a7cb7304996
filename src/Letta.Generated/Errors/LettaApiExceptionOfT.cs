using System;
using System.Collections.Generic;

namespace Letta.Generated
{
    /// <summary>
    /// The generated client's exception for an error response with a declared body type (nswag.json's
    /// <c>exceptionClass</c> needs a generic form). Internal and unreachable in practice: the response hook
    /// raises the typed <see cref="LettaApiException"/> subtypes before the generated status branches run.
    /// </summary>
    /// <typeparam name="TResult">The declared body type.</typeparam>
    internal sealed class LettaApiException<TResult> : LettaApiException
    {
        public LettaApiException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>> headers, TResult result, Exception? innerException)
            : base(message, statusCode, response, headers, innerException)
        {
            Result = result;
        }

        public TResult Result { get; }
    }
}
