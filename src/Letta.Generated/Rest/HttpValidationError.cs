using Newtonsoft.Json.Linq;

namespace Letta.Generated
{
    /// <summary>
    /// The 422 body type the generated client names. Excluded from generation (nswag.json
    /// <c>excludedTypeNames</c>) because <c>detail</c> comes in two shapes (a list, or Letta's single
    /// string) that no generated type reads; <see cref="BodyReadingRestClient"/> throws
    /// <see cref="LettaUnprocessableEntityException"/> before this type is ever deserialized.
    /// </summary>
    internal sealed class HttpValidationError
    {
        public JToken? Detail { get; set; }
    }
}
