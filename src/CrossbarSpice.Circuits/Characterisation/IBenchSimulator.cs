using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Analyses;

namespace CrossbarSpice.Circuits.Characterisation;

/// <summary>
/// Runs a bench deck (the circuits project does not depend on the simulator; the CLI and tests pass an ngspice
/// adapter). Implementations throw <see cref="BenchSimulationException"/> when the simulator fails.
/// </summary>
public interface IBenchSimulator
{
    /// <summary>Runs <paramref name="analysis"/> on <paramref name="netlist"/> and returns every vector.</summary>
    /// <exception cref="BenchSimulationException">The simulator rejected the deck or did not converge.</exception>
    BenchVectors Run(SpiceNetlist netlist, AnalysisCommand analysis, CancellationToken cancellationToken);
}
