using CrossbarSpice.Circuits.Characterisation;
using CrossbarSpice.Netlist;
using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Simulation.Ngspice;

/// <summary>Runs peripheral-module benches (<see cref="IBenchSimulator"/>) on an <see cref="ISimulationEngine"/>.</summary>
public sealed class NgspiceBenchSimulator : IBenchSimulator
{
    private readonly ISimulationEngine engine;

    /// <summary>Creates the adapter; <paramref name="timeout"/> limits each run (default 5 min).</summary>
    public NgspiceBenchSimulator(ISimulationEngine engine, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        this.engine = engine;
        Timeout = timeout ?? TimeSpan.FromMinutes(5);
    }

    /// <summary>Wall-clock limit of each run.</summary>
    public TimeSpan Timeout { get; }

    /// <inheritdoc />
    public BenchVectors Run(SpiceNetlist netlist, AnalysisCommand analysis, CancellationToken cancellationToken)
    {
        try
        {
            var result = engine.Run(new SimulationRequest(netlist, analysis) { Timeout = Timeout }, cancellationToken);
            return new BenchVectors(result.Vectors.Select(v => new KeyValuePair<string, IReadOnlyList<double>>(v.Name, v.Values)));
        }
        catch (SimulationException exception)
        {
            throw new BenchSimulationException(exception.Message, exception.SimulatorMessage, exception.Log, exception);
        }
    }
}
