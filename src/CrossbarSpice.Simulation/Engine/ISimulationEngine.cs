namespace CrossbarSpice.Simulation.Engine;

/// <summary>
/// A circuit simulator the rest of CrossbarSpice talks to. Implementations: ngspice in-process
/// (<see cref="Ngspice.NgspiceEngine"/>); later the project's own array solver and, the day its package can be
/// had, SpiceSharp. Implementations are safe to call from several threads at once.
/// </summary>
public interface ISimulationEngine : IDisposable
{
    /// <summary>Short name shown in reports, e.g. "ngspice-39".</summary>
    string Name { get; }

    /// <summary>Runs one analysis of one netlist and returns every vector it produced.</summary>
    /// <exception cref="SimulationException">The simulator rejected the netlist or the analysis failed.</exception>
    SimulationResult Run(SimulationRequest request, CancellationToken cancellationToken = default);
}
