using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Circuits.Layers;
using CrossbarSpice.Circuits.Layers.Lstm;
using CrossbarSpice.Circuits.Stages;
using CrossbarSpice.Core.Network;

namespace CrossbarSpice.Cosim.Energy;

/// <summary>
/// Which sigmoid circuit the LSTM layers of a compiled design use: compile-weights records its
/// <c>--lstm-sigmoid</c> choice in the manifest (<c>options.lstmSigmoid</c>); designs without it (compiled before the
/// LSTM cell circuits existed) use <see cref="LstmCellPeriphery.SixTransistor"/>, [P0]'s circuit.
/// </summary>
public static class LstmSigmoidChoices
{
    /// <summary>The choice for every LSTM layer of <paramref name="graph"/>, by layer name.</summary>
    public static IReadOnlyDictionary<string, string> Of(DesignManifest manifest, NetworkGraph graph)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(graph);
        var choice = LstmSigmoids.Parse(manifest.Options.LstmSigmoid) == LstmSigmoid.General ? LstmCellPeriphery.General : LstmCellPeriphery.SixTransistor;
        return graph.Layers
            .Where(l => LayerCircuits.For(l).IsRecurrent)
            .ToDictionary(l => l.Name, _ => choice, StringComparer.Ordinal);
    }
}
