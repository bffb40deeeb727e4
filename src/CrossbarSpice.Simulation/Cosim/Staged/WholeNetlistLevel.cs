using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Simulation.Cosim.Staged;

/// <summary>
/// The <c>spice</c> level run as one whole netlist per sample (<see cref="WholeNetlist"/>, one operating point), for
/// small networks; the stage-by-stage <see cref="SpiceEvaluator"/> is the default. Thread-safe.
/// </summary>
internal sealed class WholeNetlistLevel : ILevelForward, IDisposable
{
    private readonly NetworkGraph graph;
    private readonly IReadOnlyList<CircuitStage> stages;
    private readonly string designRoot;
    private readonly double inputVoltsPerUnit;
    private readonly double outputVoltsPerUnit;
    private readonly ISimulationEngine engine;

    /// <summary>The level; <paramref name="engine"/> is disposed with it.</summary>
    /// <exception cref="InputException">A layer without a circuit.</exception>
    public WholeNetlistLevel(NetworkGraph graph, IReadOnlyList<CircuitStage> stages, string designRoot, double inputVoltsPerUnit, double outputVoltsPerUnit, ISimulationEngine engine)
    {
        if (stages.OfType<UnsupportedStage>().FirstOrDefault() is { } unsupported)
        {
            engine.Dispose();
            throw new InputException(new SourceLocation(designRoot, Field: unsupported.Layers[0]), $"the spice level needs a circuit for every layer: {unsupported.Reason}");
        }

        this.graph = graph;
        this.stages = stages;
        this.designRoot = designRoot;
        this.inputVoltsPerUnit = inputVoltsPerUnit;
        this.outputVoltsPerUnit = outputVoltsPerUnit;
        this.engine = engine;
    }

    /// <inheritdoc />
    public IReadOnlyList<double[]> Forward(double[] input)
    {
        var (netlist, layerNets) = WholeNetlist.Build(graph, stages, designRoot, input, inputVoltsPerUnit, $"{Path.GetFileName(designRoot)}: whole network, one sample");
        var result = engine.Run(new SimulationRequest(netlist) { Timeout = TimeSpan.FromMinutes(60) });
        // Nets named x… are the network input's sources (a leading flatten passes them on), at the input scale.
        return layerNets.Select(nets => nets.Select(n => n == "0" ? 0.0 : result.Voltage(n.ToLowerInvariant()) / (n[0] == 'x' ? inputVoltsPerUnit : outputVoltsPerUnit)).ToArray()).ToList();
    }

    /// <summary>Disposes the engine.</summary>
    public void Dispose() => engine.Dispose();
}
