using CrossbarSpice.Reference;

namespace CrossbarSpice.Cosim.Levels;

/// <summary>The <c>ideal</c> and <c>mapped</c> levels: the software reference forward pass.</summary>
internal sealed class ReferenceLevel : ILevelForward
{
    private readonly ReferenceNetwork network;

    /// <summary>Wraps <paramref name="network"/>.</summary>
    public ReferenceLevel(ReferenceNetwork network) => this.network = network;

    /// <inheritdoc />
    public IReadOnlyList<double[]> Forward(double[] input)
    {
        var result = network.Forward(input);
        return [.. network.Graph.Layers.Select(l => result[l.Outputs[0]].Values.ToArray())];
    }
}
