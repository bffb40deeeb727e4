using CrossbarSpice.Core.Network;

namespace CrossbarSpice.Circuits.Layers.Wiring;

/// <summary>Flatten: wiring only, the voltages pass unchanged.</summary>
public sealed class FlattenCircuit : PassThroughCircuit<FlattenLayer>;
