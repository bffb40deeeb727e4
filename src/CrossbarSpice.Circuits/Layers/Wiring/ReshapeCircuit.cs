using CrossbarSpice.Core.Network;

namespace CrossbarSpice.Circuits.Layers.Wiring;

/// <summary>Reshape (e.g. between attention heads): wiring only, the voltages pass unchanged in row-major order.</summary>
public sealed class ReshapeCircuit : PassThroughCircuit<ReshapeLayer>;
