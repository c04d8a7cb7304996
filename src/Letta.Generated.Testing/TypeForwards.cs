using System.Runtime.CompilerServices;
using Letta.Generated.Testing;

// These types lived in this assembly before the simulator's core moved to Letta.Generated.Simulator. The forwards
// let test assemblies compiled against an older Letta.Generated.Testing run against this one without a rebuild;
// source code needs nothing, since the namespace is the same.
[assembly: TypeForwardedTo(typeof(FaultKind))]
[assembly: TypeForwardedTo(typeof(FaultQueue))]
[assembly: TypeForwardedTo(typeof(LettaSimulatorOptions))]
[assembly: TypeForwardedTo(typeof(LettaValues))]
[assembly: TypeForwardedTo(typeof(PagingQuirk))]
[assembly: TypeForwardedTo(typeof(RecordedRequest))]
[assembly: TypeForwardedTo(typeof(SimulatedBatch))]
[assembly: TypeForwardedTo(typeof(SimulatedBatchFactory))]
[assembly: TypeForwardedTo(typeof(SimulatedCursorReading))]
[assembly: TypeForwardedTo(typeof(SimulatedFault))]
[assembly: TypeForwardedTo(typeof(ValidationErrorShape))]
