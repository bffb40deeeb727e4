using CrossbarSpice.Mapping.Conductances;

namespace CrossbarSpice.Mapping.Compensation;

/// <summary>The outcome of compensating one tile (<see cref="TileCompensator"/>).</summary>
/// <param name="Conductances">The compensated conductances, within [Gmin, Gmax], S, before quantisation.</param>
/// <param name="Iterations">Evaluations of M(G) after the first.</param>
/// <param name="Converged">True when the tolerance was met on every pair not held at a device bound.</param>
/// <param name="Clipped">Pairs held at their bound (their active device would need more conductance than Gmax).</param>
/// <param name="NeededSiemens">The largest conductance the last step asked for, clipped or not, S.</param>
/// <param name="Differences">The solution's pair differences x, S (a warm start for the same tile at another scale).</param>
public sealed record TileCompensation(ConductanceMatrix Conductances, int Iterations, bool Converged, int Clipped, double NeededSiemens, IReadOnlyList<double> Differences);
