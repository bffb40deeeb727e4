using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Simulation.Ngspice;

/// <summary>What one ngspice run produced, before the engine orders and names it for the caller.</summary>
internal sealed record NgspiceRawResult(string Plot, IReadOnlyList<SimulationVector> Vectors, string Log, TimeSpan Elapsed);
