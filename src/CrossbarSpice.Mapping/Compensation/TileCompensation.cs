using CrossbarSpice.Mapping.Conductances;

namespace CrossbarSpice.Mapping.Compensation;

/// <summary>The outcome of compensating one tile (<see cref="TileCompensator"/>).</summary>
/// <param name="Conductances">The compensated conductances, within [floor, ceiling], S, before quantisation.</param>
/// <param name="Iterations">Evaluations of M(G) after the first.</param>
/// <param name="Converged">True when the tolerance was met on every cell not held at a bound.</param>
/// <param name="ClippedHigh">Cells held at the ceiling (they would need more conductance than the device has).</param>
/// <param name="ClippedLow">Cells held at the floor (they would need less).</param>
/// <param name="NeededSiemens">The largest conductance the last step asked for, clipped or not, S: the headroom the
/// tile needs.</param>
public sealed record TileCompensation(ConductanceMatrix Conductances, int Iterations, bool Converged, int ClippedHigh, int ClippedLow, double NeededSiemens);
