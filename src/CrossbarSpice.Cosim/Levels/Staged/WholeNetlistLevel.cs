using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;
using CrossbarSpice.Simulation.Engine;

namespace CrossbarSpice.Cosim.Levels.Staged;

/// <summary>
/// The <c>spice</c> level run as one whole netlist per sample (<see cref="WholeNetlist"/>, one operating point), for
/// small networks; the stage-by-stage <see cref="SpiceEvaluator"/> is the default. Thread-safe.
/// </summary>
internal sealed class WholeNetlistLevel : ILevelForward, IDisposable
{
    private readonly Netlist.SpiceNetlist netlist;
    private readonly string[][] layerNets;
    private readonly double inputVoltsPerUnit;
    private readonly double outputVoltsPerUnit;
    private readonly ISimulationEngine engine;

    /// <summary>The level over the decks as compiled (<see cref="SpiceArrays.Full"/>); see the other constructor.</summary>
    public WholeNetlistLevel(NetworkGraph graph, IReadOnlyList<CircuitStage> stages, string designRoot, double inputVoltsPerUnit, double outputVoltsPerUnit, ISimulationEngine engine)
        : this(graph, stages, SpiceStageDecks.AsCompiled(designRoot), inputVoltsPerUnit, outputVoltsPerUnit, engine)
    {
    }

    /// <summary>The level over <paramref name="stages"/> (each with a circuit), decks as <paramref name="decks"/> gives
    /// them; <paramref name="engine"/> is disposed with it.</summary>
    public WholeNetlistLevel(NetworkGraph graph, IReadOnlyList<CircuitStage> stages, SpiceStageDecks decks, double inputVoltsPerUnit, double outputVoltsPerUnit, ISimulationEngine engine)
    {
        (netlist, layerNets) = WholeNetlist.Build(graph, stages, decks, $"{Path.GetFileName(decks.DesignRoot)}: whole network, one sample");
        this.inputVoltsPerUnit = inputVoltsPerUnit;
        this.outputVoltsPerUnit = outputVoltsPerUnit;
        this.engine = engine;
    }

    /// <inheritdoc />
    public IReadOnlyList<double[]> Forward(double[] input)
    {
        var result = engine.Run(new SimulationRequest(WholeNetlist.WithInput(netlist, input, inputVoltsPerUnit)) { Timeout = TimeSpan.FromMinutes(60) });
        // Nets named x… are the network input's sources (a leading flatten passes them on), at the input scale.
        return layerNets.Select(nets => nets.Select(n => n == "0" ? 0.0 : result.Voltage(n.ToLowerInvariant()) / (n[0] == 'x' ? inputVoltsPerUnit : outputVoltsPerUnit)).ToArray()).ToList();
    }

    /// <summary>Disposes the engine.</summary>
    public void Dispose() => engine.Dispose();
}
